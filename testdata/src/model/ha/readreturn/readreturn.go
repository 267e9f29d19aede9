// Package readreturn: a gym's membership return page asks Stripe about
// the payment intent but activates the membership whatever it answered;
// the membership service is behind an interface wired elsewhere.
package readreturn

import (
	"context"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Members is the membership use case.
type Members interface {
	ConfirmMembership(ctx context.Context, member string) error
}

type Pages struct{ members Members }

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /membership/checkout/return", p.unchecked)
	mux.HandleFunc("GET /membership/checkout/complete", p.checked)
	mux.HandleFunc("GET /membership/checkout/done", p.landing)
}

// unchecked reads the intent and never looks at its status.
func (p *Pages) unchecked(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	_ = p.members.ConfirmMembership(r.Context(), pi.Metadata["member"]) // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
}

// ---- silent ---------------------------------------------------------------------

// checked activates only a succeeded intent.
func (p *Pages) checked(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		http.Redirect(w, r, "/membership/pending", http.StatusSeeOther)
		return
	}
	_ = p.members.ConfirmMembership(r.Context(), pi.Metadata["member"])
}

// landing neither reads the payment nor tests a parameter: the abstract
// service is not judged (no paid test, no read).
func (p *Pages) landing(w http.ResponseWriter, r *http.Request) {
	_ = p.members.ConfirmMembership(context.Background(), r.URL.Query().Get("member"))
}
