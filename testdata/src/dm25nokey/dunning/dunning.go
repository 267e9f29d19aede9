// Package dunning: a Stripe billing webhook of a shop that charges the
// card it keeps at Braintree when Stripe reports a failed invoice. The
// Braintree charge is sent again on every delivery; braintree-go takes no
// idempotency key, so the finding says to record the event first rather
// than to pass a key. A Stripe refund in the same shape keeps the advice
// to key the write by the event.
package dunning

import (
	"io"
	"net/http"

	braintree "github.com/braintree-go/braintree-go"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/webhook"
)

const secret = "whsec_dunning"

// Hooks holds the Braintree gateway of the fallback card.
type Hooks struct {
	bt *braintree.Braintree
}

func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (stripe.Event, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return stripe.Event{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return stripe.Event{}, false
	}
	return evt, true
}

// fallbackCharge: the keyless Braintree charge on every delivery.
func (h *Hooks) fallbackCharge(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	req := &braintree.TransactionRequest{Type: "sale", OrderId: evt.ID, Amount: braintree.NewDecimal(1999, 2)}
	h.bt.Transaction().Create(r.Context(), req) // want `webhook handler sends a payment write \(braintree Transaction.Create\) on every delivery of the event; providers deliver events more than once, and braintree-go takes no idempotency key for this write — record the event id`
	w.WriteHeader(http.StatusOK)
}

// refundAgain: stripe-go takes a key: derive it from the event.
func (h *Hooks) refundAgain(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(evt.ID)}) // want `webhook handler sends a payment write \(stripe refund.New\) on every delivery of the event; .* or pass an idempotency key derived from the event id`
	w.WriteHeader(http.StatusOK)
}

// Routes mounts the hooks.
func Routes(h *Hooks) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe/dunning", h.fallbackCharge)
	mux.HandleFunc("POST /webhooks/stripe/refunds", h.refundAgain)
	return mux
}
