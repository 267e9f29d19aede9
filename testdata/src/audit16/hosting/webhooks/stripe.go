// Package webhooks receives provider events: Stripe (plans and overage),
// Braintree (PayPal wallet payments) and the reseller platform's feed.
package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit16/hosting/provision"
	"audit16/hosting/store"
)

type eventKey struct{}

// StripeSignature verifies the Stripe-Signature header and hands the
// parsed event on in the request context.
func StripeSignature(secret string) mux.MiddlewareFunc {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read body", http.StatusBadRequest)
				return
			}
			ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
			if err != nil {
				http.Error(w, "invalid signature", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), eventKey{}, ev)))
		})
	}
}

func eventFrom(r *http.Request) (stripe.Event, bool) {
	ev, ok := r.Context().Value(eventKey{}).(stripe.Event)
	return ev, ok
}

// Enqueuer hands slow work to the background queue.
type Enqueuer interface {
	Enqueue(ctx context.Context, kind, ref string) error
}

// StripeHooks handles Stripe events for plans and overage.
type StripeHooks struct {
	subs  *store.Billing
	cache *store.Cache
	dc    *provision.Client
	jobs  Enqueuer
}

func NewStripeHooks(subs *store.Billing, cache *store.Cache, dc *provision.Client, jobs Enqueuer) *StripeHooks {
	return &StripeHooks{subs: subs, cache: cache, dc: dc, jobs: jobs}
}

// Billing handles invoice and checkout events of the plans account.
func (h *StripeHooks) Billing(w http.ResponseWriter, r *http.Request) {
	ev, ok := eventFrom(r)
	if !ok {
		http.Error(w, "no event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case "invoice.paid":
		var inv stripe.Invoice
		if err := json.Unmarshal(ev.Data.Raw, &inv); err != nil {
			http.Error(w, "bad invoice", http.StatusBadRequest)
			return
		}
		sub, err := h.subs.SubscriptionByInvoice(ctx, inv.ID)
		if err != nil {
			http.Error(w, "unknown invoice", http.StatusInternalServerError)
			return
		}
		wasSuspended := sub.Status == "suspended"
		if err := h.subs.ExtendPaidThrough(ctx, sub); err != nil { // want "\\[webhookdedupe\\] webhook handler extends the subscription \\(store.Billing.ExtendPaidThrough"
			http.Error(w, "extend", http.StatusInternalServerError)
			return
		}
		if wasSuspended {
			if err := h.dc.Resume(ctx, sub.ServerID); err != nil { // want "\\[webhookack\\] webhook handler calls provision.Client.Resume, which calls provision.Client.do, which calls an external API"
				log.Printf("resume %s: %v", sub.ServerID, err)
				http.Error(w, "resume", http.StatusBadGateway)
				return
			}
		}
	case "invoice.payment_failed":
		var inv stripe.Invoice
		if err := json.Unmarshal(ev.Data.Raw, &inv); err != nil {
			http.Error(w, "bad invoice", http.StatusBadRequest)
			return
		}
		if err := h.jobs.Enqueue(ctx, "dunning", inv.ID); err != nil {
			http.Error(w, "enqueue", http.StatusInternalServerError)
			return
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var cs stripe.CheckoutSession
		if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
			http.Error(w, "bad session", http.StatusBadRequest)
			return
		}
		first, err := h.cache.Claim(ctx, "stripe:"+ev.ID, 7*24*time.Hour)
		if err != nil {
			http.Error(w, "claim", http.StatusInternalServerError)
			return
		}
		if first && cs.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
			if err := h.subs.MarkPlanPaid(ctx, cs.ClientReferenceID, time.Now().AddDate(0, 1, 0)); err != nil {
				http.Error(w, "activate", http.StatusInternalServerError)
				return
			}
			if err := h.jobs.Enqueue(ctx, "provision", cs.ClientReferenceID); err != nil {
				log.Printf("enqueue provision %s: %v", cs.ClientReferenceID, err)
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

// OverageIntent records the outcome of off-session overage charges.
func (h *StripeHooks) OverageIntent(w http.ResponseWriter, r *http.Request) {
	var ev stripe.Event
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		http.Error(w, "bad intent", http.StatusBadRequest)
		return
	}
	var err error
	switch ev.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		err = h.subs.MarkUsagePaid(r.Context(), pi.ID)
	case stripe.EventTypePaymentIntentPaymentFailed:
		err = h.subs.ReleaseUsage(r.Context(), pi.ID)
	}
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
