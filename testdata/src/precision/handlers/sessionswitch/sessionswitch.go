// Package sessionswitch: return handlers that retrieve the checkout
// session or the payment intent and check the status in a switch.
package sessionswitch

import (
	"context"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Orders interface {
	FulfillOrder(ctx context.Context, ref string) error
	MarkOrderPaid(ctx context.Context, ref string) error
}

type Handlers struct {
	orders Orders
}

func (h *Handlers) Mount(r chi.Router) {
	r.Get("/checkout/return", h.checkoutReturn)
	r.Get("/pay/complete", h.intentComplete)
}

func (h *Handlers) checkoutReturn(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "could not load your payment, refresh in a moment", http.StatusBadGateway)
		return
	}
	switch s.PaymentStatus {
	case stripe.CheckoutSessionPaymentStatusPaid, stripe.CheckoutSessionPaymentStatusNoPaymentRequired:
		if err := h.orders.FulfillOrder(r.Context(), s.ClientReferenceID); err != nil {
			log.Printf("fulfil %s: %v", s.ClientReferenceID, err)
		}
		http.Redirect(w, r, "/orders/"+s.ClientReferenceID, http.StatusSeeOther)
	case stripe.CheckoutSessionPaymentStatusUnpaid:
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
	default:
		http.Error(w, "unknown payment state", http.StatusInternalServerError)
	}
}

func (h *Handlers) intentComplete(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	switch pi.Status {
	case stripe.PaymentIntentStatusSucceeded:
		_ = h.orders.MarkOrderPaid(r.Context(), pi.Metadata["order_id"])
		w.Write([]byte("thanks"))
	case stripe.PaymentIntentStatusProcessing:
		w.Write([]byte("processing"))
	default:
		http.Redirect(w, r, "/checkout", http.StatusSeeOther)
	}
}
