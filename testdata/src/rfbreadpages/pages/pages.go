// Package pages: chi return pages that read the payment back from Stripe
// and grant through ports main binds (sqlstore). A page that never tests
// the PaymentIntent's status, or tests only the Checkout Session's
// lifecycle ("complete"), grants whatever the buyer paid: reported where
// main binds the port. A page testing succeeded or payment_status paid,
// and a predicate port, stay silent.
package pages

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

// Credits adds prepaid credits to an account.
type Credits interface {
	AddCredits(ctx context.Context, account string, n int64) error
}

// Orders settles a shop order.
type Orders interface {
	Settle(ctx context.Context, ref string) (bool, error)
	Settled(ref string) bool
}

type Pages struct {
	credits Credits
	orders  Orders
}

func New(credits Credits, orders Orders) *Pages {
	return &Pages{credits: credits, orders: orders}
}

func (p *Pages) Mount(r chi.Router) {
	r.Get("/credits/return", p.creditsReturn)
	r.Get("/credits/checked/return", p.creditsChecked)
	r.Get("/orders/checkout/success", p.orderComplete)
	r.Get("/orders/checkout/paid/success", p.orderPaid)
	r.Get("/orders/checkout/asked/success", p.orderAsked)
	r.Get("/credits/quick/success", p.creditsBlind)
}

// creditsReturn reads the PaymentIntent for its metadata only.
func (p *Pages) creditsReturn(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if err := p.credits.AddCredits(r.Context(), pi.Metadata["account"], pi.Amount); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/credits", http.StatusSeeOther)
}

// creditsChecked tests the PaymentIntent first.
func (p *Pages) creditsChecked(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		http.Redirect(w, r, "/credits/pending", http.StatusSeeOther)
		return
	}
	_ = p.credits.AddCredits(r.Context(), pi.Metadata["account"], pi.Amount)
	http.Redirect(w, r, "/credits", http.StatusSeeOther)
}

// orderComplete tests the session's lifecycle, not its payment.
func (p *Pages) orderComplete(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil || s.Status != stripe.CheckoutSessionStatusComplete {
		http.Redirect(w, r, "/orders", http.StatusSeeOther)
		return
	}
	if _, err := p.orders.Settle(r.Context(), s.ClientReferenceID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/orders", http.StatusSeeOther)
}

// orderPaid tests payment_status.
func (p *Pages) orderPaid(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil || s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		http.Redirect(w, r, "/orders", http.StatusSeeOther)
		return
	}
	_, _ = p.orders.Settle(r.Context(), s.ClientReferenceID)
	http.Redirect(w, r, "/orders", http.StatusSeeOther)
}

// orderAsked only asks the port a question.
func (p *Pages) orderAsked(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if p.orders.Settled(s.ClientReferenceID) {
		http.Redirect(w, r, "/orders/done", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/orders", http.StatusSeeOther)
}

// creditsBlind reads nothing at all (pageports.go records it beside
// the reading pages of the same type).
func (p *Pages) creditsBlind(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	_ = p.credits.AddCredits(r.Context(), q.Get("account"), 100)
	http.Redirect(w, r, "/credits", http.StatusSeeOther)
}
