// Package billing takes Stripe's events for the shop's carts on chi and
// keeps each cart's payment outcome in a generic document collection: the
// event is decoded by hand from the body, its type mapped to the cart's
// outcome by a classifier, and the record saved whole.
package billing

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"

	"s17hooks/docs"
)

// PayState is what the shop knows of a cart's payment.
type PayState string

const (
	StateNone     PayState = ""
	StatePaid     PayState = "paid"
	StateDeclined PayState = "declined"
	StateVoided   PayState = "voided"
	StateWaiting  PayState = "waiting"
)

// CartPayment is the shop's record of one cart's payment.
type CartPayment struct {
	CartID  string
	Outcome PayState
	Detail  string
}

// Ledger applies Stripe's events to the carts.
type Ledger struct {
	carts docs.Collection[CartPayment]
}

// API serves the billing endpoints.
type API struct {
	ledger *Ledger
	secret string
}

func (a *API) Mount(r chi.Router) {
	r.Post("/billing/stripe/events", a.stripeEvents())
	r.Post("/billing/stripe", a.stripeIn)
	r.Post("/billing/stripe/signed", a.stripeSigned())
	r.Post("/billing/stripe/readback", a.stripeReadBack())
	r.Post("/billing/stripe/pending", a.stripePending())
	r.With(a.requireStripeSignature).Post("/billing/stripe/guarded", a.stripeGuarded())
}

// stripeEvents takes Stripe's event as posted, checking nothing.
func (a *API) stripeEvents() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ev stripe.Event
		if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
			http.Error(w, "bad event", http.StatusBadRequest)
			return
		}
		if err := a.ledger.apply(r.Context(), ev); err != nil { // want `payment webhook /billing/stripe/events acts on the payment \(billing.Ledger.apply \(paid state stored as CartPayment.Outcome by docs.Collection.Save\)\) without verifying`
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}

// stripeIn: neither its route nor its name says webhook; the body decoded
// into Stripe's event type does.
func (a *API) stripeIn(w http.ResponseWriter, r *http.Request) {
	ev := stripe.Event{}
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := a.ledger.apply(r.Context(), ev); err != nil { // want `payment webhook /billing/stripe acts on the payment`
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// stripeSigned: the same after ConstructEvent on the raw body.
func (a *API) stripeSigned() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), a.secret)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if err := a.ledger.apply(r.Context(), ev); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	}
}

// stripeReadBack trusts only the intent's id and reads the intent back
// from Stripe: the outcome stored is Stripe's own.
func (a *API) stripeReadBack() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ev stripe.Event
		if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		var posted stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &posted); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if err := a.ledger.refresh(r.Context(), posted.ID); err != nil {
			w.WriteHeader(http.StatusBadGateway)
		}
	}
}

// stripePending records only the states before a payment settles.
func (a *API) stripePending() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ev stripe.Event
		if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		_ = a.ledger.hold(r.Context(), string(ev.Type), pi.Metadata["cart"])
	}
}

// stripeGuarded is mounted behind requireStripeSignature.
func (a *API) stripeGuarded() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ev stripe.Event
		if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		_ = a.ledger.apply(r.Context(), ev)
	}
}

// requireStripeSignature lets a request through only with Stripe's
// signature over its body.
func (a *API) requireStripeSignature(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), a.secret); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Consumer applies the events a relay put on the shop's queue, which only
// the relay (after verifying them) can publish to: no HTTP request here.
type Consumer struct{ ledger *Ledger }

func (c *Consumer) OnMessage(ctx context.Context, data []byte) error {
	var ev stripe.Event
	if err := json.Unmarshal(data, &ev); err != nil {
		return err
	}
	return c.ledger.apply(ctx, ev)
}

// Replay applies an event kept in a fixture file (a support tool).
func Replay(ctx context.Context, l *Ledger, path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var ev stripe.Event
	if err := json.Unmarshal(raw, &ev); err != nil {
		return err
	}
	return l.apply(ctx, ev)
}

func (l *Ledger) apply(ctx context.Context, ev stripe.Event) error {
	switch ev.Type {
	case "payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled":
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			return err
		}
		return l.record(ctx, string(ev.Type), pi.Metadata["cart"])
	}
	return nil
}

// outcomeOf maps Stripe's event type to the cart's outcome.
func outcomeOf(evType string) PayState {
	switch evType {
	case "payment_intent.succeeded":
		return StatePaid
	case "payment_intent.payment_failed":
		return StateDeclined
	case "payment_intent.canceled":
		return StateVoided
	}
	return StateNone
}

func (l *Ledger) record(ctx context.Context, evType, cartID string) error {
	return l.carts.Atomically(ctx, func(ctx context.Context) error {
		cp, found, err := l.carts.Fetch(ctx, cartID)
		if err != nil {
			return err
		}
		if !found {
			return errors.New("no such cart")
		}
		cp.Outcome = outcomeOf(evType)
		cp.Detail = evType
		return l.carts.Save(ctx, cartID, cp)
	})
}

// intentOutcome maps the intent's own status, read back from Stripe.
func intentOutcome(st stripe.PaymentIntentStatus) PayState {
	switch st {
	case stripe.PaymentIntentStatusSucceeded:
		return StatePaid
	case stripe.PaymentIntentStatusCanceled:
		return StateVoided
	}
	return StateWaiting
}

func (l *Ledger) refresh(ctx context.Context, intentID string) error {
	pi, err := paymentintent.Get(intentID, nil)
	if err != nil {
		return err
	}
	cartID := pi.Metadata["cart"]
	cp, _, err := l.carts.Fetch(ctx, cartID)
	if err != nil {
		return err
	}
	cp.Outcome = intentOutcome(pi.Status)
	return l.carts.Save(ctx, cartID, cp)
}

// waitingOf knows only the states before settlement.
func waitingOf(evType string) PayState {
	if evType == "payment_intent.processing" {
		return StateWaiting
	}
	return StateNone
}

func (l *Ledger) hold(ctx context.Context, evType, cartID string) error {
	cp, _, err := l.carts.Fetch(ctx, cartID)
	if err != nil {
		return err
	}
	cp.Outcome = waitingOf(evType)
	return l.carts.Put(ctx, cartID, cp)
}
