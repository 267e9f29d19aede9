// Package pages holds the concert hall's pages; cmd/concertd routes them.
// After Stripe.js confirms the card in the browser, the page's script
// posts the PaymentIntent's id to the confirmation page.
package pages

import (
	"fmt"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"r19readmount/payments"
	"r19readmount/store"
)

type Pages struct{ Orders *store.Orders }

// TicketsPaid reads the PaymentIntent (through payments.FromForm) and
// books the tickets whatever its status: a requires_payment_method or
// canceled intent books them as well.
func (p *Pages) TicketsPaid(w http.ResponseWriter, r *http.Request) {
	rc, err := payments.FromForm(r)
	if err != nil {
		http.Error(w, "could not read the payment", http.StatusBadRequest)
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), r.Form.Get("order"), rc.ChargeID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "tickets sent to %s", rc.Email)
}

// TicketsChecked reads the PaymentIntent and books only a succeeded one.
func (p *Pages) TicketsChecked(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	pi, err := paymentintent.Get(r.Form.Get("payment_intent"), nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		http.Error(w, "payment not completed", http.StatusPaymentRequired)
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), r.Form.Get("order"), pi.LatestCharge.ID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "tickets sent")
}

// TicketsHelper books through a helper that errs unless the intent
// succeeded.
func (p *Pages) TicketsHelper(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	pi, err := payments.Succeeded(r.Form.Get("payment_intent"))
	if err != nil {
		http.Error(w, "payment not completed", http.StatusPaymentRequired)
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), r.Form.Get("order"), pi.LatestCharge.ID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "tickets sent")
}

// ThankYou reads the PaymentIntent to show the amount; the verified
// webhook books the tickets.
func (p *Pages) ThankYou(w http.ResponseWriter, r *http.Request) {
	rc, err := payments.FromForm(r)
	if err != nil {
		http.Error(w, "could not read the payment", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "thank you: %d.%02d received, tickets follow by e-mail", rc.Amount/100, rc.Amount%100)
}
