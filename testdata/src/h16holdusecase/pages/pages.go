// Package pages serves the box office's return pages (net/http).
package pages

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"h16holdusecase/seats"
)

// Pages holds the return pages.
type Pages struct{ svc *seats.Service }

// New returns the pages.
func New(svc *seats.Service) *Pages { return &Pages{svc: svc} }

// Done reserves the seat after checking only the metadata.
func (p *Pages) Done(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pi, err := paymentintent.Get(q.Get("payment_intent"), nil)
	if err != nil || pi.Metadata["seat"] != q.Get("seat") {
		http.Error(w, "unknown seat", http.StatusBadRequest)
		return
	}
	if err := p.svc.Reserve(r.Context(), q.Get("seat")); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte("your seat is reserved"))
}

// Checked reserves the seat only on a capturable PaymentIntent: silent.
func (p *Pages) Checked(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pi, err := paymentintent.Get(q.Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusRequiresCapture {
		http.Error(w, "card not authorised", http.StatusPaymentRequired)
		return
	}
	_ = p.svc.Reserve(r.Context(), q.Get("seat"))
	_, _ = w.Write([]byte("your seat is reserved"))
}

// Wait records only that the card is being confirmed: silent.
func (p *Pages) Wait(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if _, err := paymentintent.Get(q.Get("payment_intent"), nil); err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	_ = p.svc.Queue(r.Context(), q.Get("seat"))
	_, _ = w.Write([]byte("we are confirming your card"))
}
