// Package ifaceread: a language school's Mollie return page asks its
// payments use case for the payment (the use case, wired elsewhere,
// answers Mollie's own Payment) and enrols the student without looking
// at the status it answered.
package ifaceread

import (
	"context"
	"net/http"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
)

// Payments answers the provider's payment object.
type Payments interface {
	Lookup(ctx context.Context, id string) (*mollie.Payment, error)
}

// Quotes answers the school's own price quotes.
type Quotes interface {
	Quote(ctx context.Context, id string) (*Quote, error)
}

// Quote is the school's own record, not the provider's.
type Quote struct {
	ID     string
	Status string
}

// Enrolments is the enrolment use case.
type Enrolments interface {
	ConfirmEnrolment(ctx context.Context, student string) error
}

type Pages struct {
	payments   Payments
	quotes     Quotes
	enrolments Enrolments
}

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /courses/payment/return", p.notTested)
	mux.HandleFunc("GET /courses/payment/complete", p.tested)
	mux.HandleFunc("GET /courses/quote/accepted", p.ownRecord)
}

// notTested reads Mollie's payment through the use case and enrols
// whatever it says.
func (p *Pages) notTested(w http.ResponseWriter, r *http.Request) {
	pay, err := p.payments.Lookup(r.Context(), r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	_ = p.enrolments.ConfirmEnrolment(r.Context(), pay.ID) // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
}

// ---- silent ---------------------------------------------------------------------

// tested enrols only a paid payment.
func (p *Pages) tested(w http.ResponseWriter, r *http.Request) {
	pay, err := p.payments.Lookup(r.Context(), r.URL.Query().Get("id"))
	if err != nil || pay.Status != "paid" {
		http.Redirect(w, r, "/courses/payment/pending", http.StatusSeeOther)
		return
	}
	_ = p.enrolments.ConfirmEnrolment(r.Context(), pay.ID)
}

// ownRecord reads the school's own quote, no payment: not judged.
func (p *Pages) ownRecord(w http.ResponseWriter, r *http.Request) {
	q, err := p.quotes.Quote(r.Context(), r.URL.Query().Get("quote"))
	if err != nil {
		return
	}
	_ = p.enrolments.ConfirmEnrolment(r.Context(), q.ID)
}
