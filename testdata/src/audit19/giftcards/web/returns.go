// Package web serves the buyer-facing return pages and the back office.
package web

import (
	"context"
	"html/template"
	"log"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/plutov/paypal/v4"

	"audit19/giftcards/domain"
	"audit19/giftcards/payments"
)

// Pages holds the return-page handlers.
type Pages struct {
	orders   domain.OrderStore
	queue    domain.IssueQueue
	paypal   *payments.PayPal
	applePay *payments.ApplePay
	tmpl     *template.Template
}

// NewPages builds the pages.
func NewPages(orders domain.OrderStore, q domain.IssueQueue, pp *payments.PayPal, ap *payments.ApplePay, t *template.Template) *Pages {
	return &Pages{orders: orders, queue: q, paypal: pp, applePay: ap, tmpl: t}
}

func (p *Pages) render(w http.ResponseWriter, name string, data any) {
	if err := p.tmpl.ExecuteTemplate(w, name, data); err != nil {
		log.Printf("render %s: %v", name, err)
	}
}

// PayPalReturn is PayPal's return_url: the buyer approved the order, we
// capture it now.
func (p *Pages) PayPalReturn(w http.ResponseWriter, r *http.Request) {
	orderID := r.URL.Query().Get("order")
	token := r.URL.Query().Get("token")
	res, err := p.paypal.Capture(r.Context(), token, orderID)
	if err != nil {
		p.render(w, "payment_problem.html", orderID)
		return
	}
	if res.Status != paypal.OrderStatusCompleted {
		p.render(w, "payment_pending.html", orderID)
		return
	}
	if err := p.orders.MarkPaid(r.Context(), orderID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	p.queue.EnqueueIssue(orderID)
	p.render(w, "thanks.html", orderID)
}

// CheckoutSuccess is the 3DS success URL of the Checkout.com processing channel.
func (p *Pages) CheckoutSuccess(w http.ResponseWriter, r *http.Request) {
	orderID := r.URL.Query().Get("reference")
	o, err := p.orders.Get(r.Context(), orderID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if o.Status == domain.OrderPending {
		if err := p.orders.MarkPaid(r.Context(), o.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		p.queue.EnqueueIssue(o.ID)
	}
	p.render(w, "thanks.html", o.ID)
}

// CheckoutFailure is the 3DS failure URL.
func (p *Pages) CheckoutFailure(w http.ResponseWriter, r *http.Request) {
	p.render(w, "payment_failed.html", r.URL.Query().Get("reference"))
}

// ApplePayReturn completes an Adyen redirect (3DS on the card behind Apple Pay).
func (p *Pages) ApplePayReturn(w http.ResponseWriter, r *http.Request) {
	orderID := mux.Vars(r)["order"]
	code, psp, err := p.applePay.Details(r.Context(), r.URL.Query().Get("redirectResult"))
	if err != nil {
		p.render(w, "payment_problem.html", orderID)
		return
	}
	if code == "Refused" || code == "Cancelled" || code == "Error" {
		p.render(w, "payment_failed.html", orderID)
		return
	}
	ctx := context.WithoutCancel(r.Context())
	_ = p.orders.SetProviderRef(ctx, orderID, psp)
	if err := p.orders.MarkPaid(ctx, orderID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	p.queue.EnqueueIssue(orderID)
	p.render(w, "thanks.html", orderID)
}

// OrderStatus lets the thank-you page poll our own order state.
func (p *Pages) OrderStatus(w http.ResponseWriter, r *http.Request) {
	o, err := p.orders.Get(r.Context(), mux.Vars(r)["order"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"status":"` + string(o.Status) + `"}`))
}
