// Package web serves the storefront's checkout pages.
package web

import (
	"context"
	"encoding/json"
	"html/template"
	"log"
	"net/http"

	"github.com/gorilla/mux"
	stripe "github.com/stripe/stripe-go/v82"

	"audit17/printshop/braintreepay"
	"audit17/printshop/orders"
	"audit17/printshop/store"
	"audit17/printshop/stripepay"
)

// Pages are the buyer-facing checkout pages.
type Pages struct {
	Orders    *store.Orders
	Stripe    *stripepay.Client
	Braintree *braintreepay.Gateway
	Service   *orders.Service
	Tmpl      *template.Template
}

func (p *Pages) render(w http.ResponseWriter, name string, data any) {
	if err := p.Tmpl.ExecuteTemplate(w, name, data); err != nil {
		log.Printf("web: render %s: %v", name, err)
	}
}

// checkoutSuccess is the Stripe Checkout success_url.
func (p *Pages) checkoutSuccess(w http.ResponseWriter, r *http.Request) {
	sess, err := p.Stripe.Session(r.Context(), r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "We could not load your checkout, please refresh.", http.StatusBadGateway)
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), sess.ClientReferenceID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	p.render(w, "thanks.html", map[string]string{"order": sess.ClientReferenceID})
}

// intentReturn is the return_url of card payments that needed 3-D Secure.
func (p *Pages) intentReturn(w http.ResponseWriter, r *http.Request) {
	status, orderID, err := p.Stripe.PaymentIntentStatus(r.Context(), r.URL.Query().Get("payment_intent"))
	if err != nil {
		http.Error(w, "We could not load your payment, please refresh.", http.StatusBadGateway)
		return
	}
	if status != stripe.PaymentIntentStatusSucceeded {
		p.render(w, "pending.html", map[string]string{"order": orderID})
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), orderID); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	p.render(w, "thanks.html", map[string]string{"order": orderID})
}

// paypalSale charges the PayPal nonce from the Braintree drop-in.
func (p *Pages) paypalSale(w http.ResponseWriter, r *http.Request) {
	var in struct {
		OrderID string `json:"order_id"`
		Nonce   string `json:"nonce"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	o, err := p.Orders.Get(r.Context(), in.OrderID)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	tx, err := p.Braintree.Sale(r.Context(), o.ID, in.Nonce, o.AmountCents)
	if err != nil {
		http.Error(w, "payment declined", http.StatusPaymentRequired)
		return
	}
	_ = p.Orders.SetProviderRef(r.Context(), o.ID, "braintree", tx.Id)
	settled, err := p.Braintree.Settled(r.Context(), tx.Id)
	if err == nil && settled {
		_ = p.Orders.MarkPaid(r.Context(), o.ID)
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"transaction": tx.Id})
}

// btcpayReturn is where BTCPay's checkout sends the buyer back.
func (p *Pages) btcpayReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID := q.Get("order")
	if q.Get("status") == "complete" {
		if err := p.Orders.MarkPaid(r.Context(), orderID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		p.render(w, "thanks.html", map[string]string{"order": orderID})
		return
	}
	p.render(w, "pending.html", map[string]string{"order": orderID})
}

// coinbaseReturn waits (briefly) for the buyer's Coinbase charge to confirm.
func (p *Pages) coinbaseReturn(w http.ResponseWriter, r *http.Request) {
	orderID := r.URL.Query().Get("order")
	if err := p.Service.ConfirmCoinbase(r.Context(), orderID); err != nil {
		p.render(w, "pending.html", map[string]string{"order": orderID})
		return
	}
	p.render(w, "thanks.html", map[string]string{"order": orderID})
}

// adminComplete lets support mark an order paid after a manual bank transfer.
func (p *Pages) adminComplete(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	if err := p.Orders.MarkPaid(context.WithoutCancel(r.Context()), id); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
