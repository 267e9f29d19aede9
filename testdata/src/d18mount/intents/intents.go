// Package intents settles a Stripe PaymentIntent whose id is posted: the
// state is read back from Stripe. Nothing here says webhook; the routes
// package mounts it on a hook path, main builds it.
package intents

import (
	"net/http"

	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"

	"d18mount/notify"
)

type Settler struct {
	tell notify.Sender
}

func NewSettler(s notify.Sender) *Settler { return &Settler{tell: s} }

// Settle tells the customer before answering.
func (s *Settler) Settle(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("payment_intent")
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = s.tell.Tell(r.Context(), pi.Metadata["email"], "Thank you, your payment "+pi.ID+" went through.")
	w.WriteHeader(http.StatusOK)
}
