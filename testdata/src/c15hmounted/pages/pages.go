// Package pages serves the buyer's landing pages after a redirect payment
// (Bancontact, giropay, EPS through Stripe PaymentIntents). The pages say
// nothing of a return themselves: the routes are main's.
package pages

import (
	"context"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Orders is the shop's order store.
type Orders interface {
	Settle(ctx context.Context, ref string) error
}

// Pages holds the landing pages.
type Pages struct {
	orders Orders
}

// New returns the pages.
func New(orders Orders) *Pages { return &Pages{orders: orders} }

// Bancontact reads the PaymentIntent back but only excludes canceled:
// processing, requires_action and requires_payment_method pass.
func (p *Pages) Bancontact(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pi, err := paymentintent.Get(q.Get("pi"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusCanceled {
		_ = p.orders.Settle(r.Context(), q.Get("ref"))
		_, _ = w.Write([]byte("thanks"))
		return
	}
	http.Redirect(w, r, "/cart", http.StatusSeeOther)
}

// Giropay reads the PaymentIntent back for its metadata only.
func (p *Pages) Giropay(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pi, err := paymentintent.Get(q.Get("pi"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pi.Metadata["ref"] != q.Get("ref") {
		http.Error(w, "unknown order", http.StatusBadRequest)
		return
	}
	_ = p.orders.Settle(r.Context(), q.Get("ref"))
	_, _ = w.Write([]byte("thanks"))
}

// Ideal settles only a PaymentIntent that succeeded: silent.
func (p *Pages) Ideal(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pi, err := paymentintent.Get(q.Get("pi"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		_ = p.orders.Settle(r.Context(), q.Get("ref"))
	}
	_, _ = w.Write([]byte("thanks"))
}

// EPS turns back every status that is not succeeded, one by one: silent.
func (p *Pages) EPS(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pi, err := paymentintent.Get(q.Get("pi"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	switch pi.Status {
	case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusProcessing,
		stripe.PaymentIntentStatusRequiresAction, stripe.PaymentIntentStatusRequiresCapture,
		stripe.PaymentIntentStatusRequiresConfirmation, stripe.PaymentIntentStatusRequiresPaymentMethod:
		http.Redirect(w, r, "/cart", http.StatusSeeOther)
		return
	}
	_ = p.orders.Settle(r.Context(), q.Get("ref"))
	_, _ = w.Write([]byte("thanks"))
}

// Receipt shows an order's receipt, mounted on a route that names no
// return: silent.
func (p *Pages) Receipt(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pi, err := paymentintent.Get(q.Get("pi"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pi.Metadata["ref"] == q.Get("ref") {
		_ = p.orders.Settle(r.Context(), q.Get("ref"))
	}
	_, _ = w.Write([]byte("receipt"))
}
