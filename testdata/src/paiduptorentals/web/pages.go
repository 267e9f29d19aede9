// Package web serves the pages Stripe Checkout sends a tenant back to
// (chi), and the legacy sites' return page (net/http).
package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"

	"paiduptorentals/db"
)

// Pages holds the pages' dependencies.
type Pages struct{ q *db.Queries }

// Routes mounts the pages.
func (p *Pages) Routes(r chi.Router) {
	r.Get("/move-in/complete", p.moveInComplete)
	r.Get("/move-in/confirmed", p.moveInConfirmed)
	r.Get("/move-in/processing", p.moveInProcessing)
	r.Get("/lockers/{id}/pay/success", p.lockerPaid)
	r.Get("/move-out/complete", p.moveOutComplete)
	r.Get("/portal/return", p.portalReturn)
}

// Mistake: the session is read back, but its payment status is never
// compared with paid before the unit opens to the tenant.
func (p *Pages) moveInComplete(w http.ResponseWriter, r *http.Request) {
	cs, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "we could not find your booking", http.StatusBadGateway)
		return
	}
	id, _ := strconv.ParseInt(cs.ClientReferenceID, 10, 64)
	if err := p.q.ActivateUnitLease(r.Context(), db.ActivateUnitLeaseParams{ID: id, PaidThrough: time.Now().AddDate(0, 1, 0)}); err != nil { // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "Your unit is ready.")
}

// Mistake: a month added to the locker because the query says
// redirect_status=succeeded.
func (p *Pages) lockerPaid(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if r.URL.Query().Get("redirect_status") == "succeeded" {
		_ = p.q.ExtendLocker(r.Context(), id) // want "order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
	}
	fmt.Fprint(w, "Thanks!")
}

// Look-alike: the session is read back and tested paid first.
func (p *Pages) moveInConfirmed(w http.ResponseWriter, r *http.Request) {
	cs, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		fmt.Fprint(w, "Your payment is being processed.")
		return
	}
	id, _ := strconv.ParseInt(cs.ClientReferenceID, 10, 64)
	_ = p.q.ActivateUnitLease(r.Context(), db.ActivateUnitLeaseParams{ID: id, PaidThrough: time.Now().AddDate(0, 1, 0)})
	fmt.Fprint(w, "Your unit is ready.")
}

// Look-alike: the page only says the payment is being processed; the
// webhook opens the unit.
func (p *Pages) moveInProcessing(w http.ResponseWriter, r *http.Request) {
	cs, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	fmt.Fprintf(w, "Booking %s: your payment is being processed.", cs.ClientReferenceID)
}

// Look-alike: a move-out's completion closes the lease (paid_through
// cleared): no paid state.
func (p *Pages) moveOutComplete(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.URL.Query().Get("lease"), 10, 64)
	_ = p.q.EndUnitLease(r.Context(), id)
	fmt.Fprint(w, "Goodbye!")
}

// Look-alike: back in the portal, the tenant's login session is
// extended (an expires_at that is no payment's).
func (p *Pages) portalReturn(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("sid"); err == nil {
		_ = p.q.TouchLoginSession(r.Context(), c.Value, time.Now().Add(time.Hour))
	}
	http.Redirect(w, r, "/portal", http.StatusSeeOther)
}
