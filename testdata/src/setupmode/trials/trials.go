// Package trials answers Stripe's subscription events: when a trial is
// about to end it opens a Checkout Session for the customer.
package trials

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/webhook"
)

type subscription struct {
	ID       string `json:"id"`
	Customer string `json:"customer"`
}

func event(w http.ResponseWriter, r *http.Request) (*subscription, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return nil, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return nil, false
	}
	var sub subscription
	if err := json.Unmarshal(ev.Data.Raw, &sub); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return nil, false
	}
	return &sub, true
}

// TrialEnding opens a setup-mode session to collect a card: it charges
// nothing, and a second delivery opens a second unused session; silent.
func TrialEnding(w http.ResponseWriter, r *http.Request) {
	sub, ok := event(w, r)
	if !ok {
		return
	}
	_, err := session.New(&stripe.CheckoutSessionParams{
		ClientReferenceID: stripe.String(sub.Customer),
		Mode:              stripe.String(string(stripe.CheckoutSessionModeSetup)),
		SuccessURL:        stripe.String("https://example.com/billing/card-saved"),
	})
	if err != nil {
		http.Error(w, "session", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// TrialEndingLiteral says "setup" in plain words; silent.
func TrialEndingLiteral(w http.ResponseWriter, r *http.Request) {
	sub, ok := event(w, r)
	if !ok {
		return
	}
	_, _ = session.New(&stripe.CheckoutSessionParams{
		ClientReferenceID: stripe.String(sub.Customer),
		Mode:              stripe.String("setup"),
	})
	w.WriteHeader(http.StatusOK)
}

// TrialConverted opens a payment-mode session on every delivery: each
// delivery a new session the customer may pay.
func TrialConverted(w http.ResponseWriter, r *http.Request) {
	sub, ok := event(w, r)
	if !ok {
		return
	}
	_, _ = session.New(&stripe.CheckoutSessionParams{ // want `sends a payment write \(stripe session.New\) on every delivery`
		ClientReferenceID: stripe.String(sub.Customer),
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
	})
	w.WriteHeader(http.StatusOK)
}

// Routes mounts the Stripe endpoints.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/stripe/trial-ending", TrialEnding)
	mux.HandleFunc("/webhooks/stripe/trial-ending-2", TrialEndingLiteral)
	mux.HandleFunc("/webhooks/stripe/trial-converted", TrialConverted)
}
