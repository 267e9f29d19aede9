// Package confirm serves the pages buyers land on after paying.
package confirm

import (
	"context"
	"html/template"
	"net/http"

	"github.com/plutov/paypal/v4"
)

// Issuer is what the confirmation pages need from the ticketing domain.
type Issuer interface {
	IssueForOrder(ctx context.Context, orderID string) error
	OrderIDForPayPal(ctx context.Context, paypalOrderID string) (string, error)
}

type Pages struct {
	Issuer Issuer
	PayPal *paypal.Client
	Tmpl   *template.Template
}

// SquareReturn is where the Square hosted checkout sends the buyer back:
// /orders/confirm?order=...&status=COMPLETED
func (p *Pages) SquareReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID := q.Get("order")
	if q.Get("status") != "COMPLETED" {
		p.Tmpl.ExecuteTemplate(w, "pending.html", orderID)
		return
	}
	if err := p.Issuer.IssueForOrder(r.Context(), orderID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
		http.Error(w, "could not issue tickets", http.StatusInternalServerError)
		return
	}
	p.Tmpl.ExecuteTemplate(w, "tickets.html", orderID)
}

// PayPalReturn is PayPal's return_url: ?token=<paypal order id>. It reads
// the order from PayPal and issues only when PayPal says it is completed.
func (p *Pages) PayPalReturn(w http.ResponseWriter, r *http.Request) {
	ppID := r.URL.Query().Get("token")
	o, err := p.PayPal.GetOrder(r.Context(), ppID)
	if err != nil {
		http.Error(w, "could not confirm payment", http.StatusBadGateway)
		return
	}
	orderID, err := p.Issuer.OrderIDForPayPal(r.Context(), ppID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if o.Status != paypal.OrderStatusCompleted {
		p.Tmpl.ExecuteTemplate(w, "pending.html", orderID)
		return
	}
	if err := p.Issuer.IssueForOrder(r.Context(), orderID); err != nil {
		http.Error(w, "could not issue tickets", http.StatusInternalServerError)
		return
	}
	p.Tmpl.ExecuteTemplate(w, "tickets.html", orderID)
}

// Thanks is the generic thank-you page for the newsletter sign-up; it only
// renders a template with the name from the query.
func (p *Pages) Thanks(w http.ResponseWriter, r *http.Request) {
	p.Tmpl.ExecuteTemplate(w, "thanks.html", r.URL.Query().Get("name"))
}
