package mpcheckout

import (
	"html/template"
	"net/http"
	"strconv"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Pages renders the back_urls Mercado Pago sends the buyer to.
type Pages struct {
	orders *Orders
	mp     payment.Client
	tpl    *template.Template
}

// Success is back_urls.success: ?payment_id=..&status=approved&external_reference=<order>.
func (p *Pages) Success(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID := q.Get("external_reference")
	if q.Get("status") == "approved" || q.Get("collection_status") == "approved" {
		if err := p.orders.MarkPaid(r.Context(), orderID, q.Get("payment_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
	}
	p.tpl.ExecuteTemplate(w, "thanks.html", orderID)
}

// SuccessV2 is the new page: it asks Mercado Pago before trusting anything.
func (p *Pages) SuccessV2(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	id, err := strconv.Atoi(q.Get("payment_id"))
	if err != nil {
		http.Error(w, "bad payment id", http.StatusBadRequest)
		return
	}
	pay, err := p.mp.Get(r.Context(), id)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pay.Status == "approved" {
		if err := p.orders.MarkPaid(r.Context(), pay.ExternalReference, q.Get("payment_id")); err != nil {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
	}
	p.tpl.ExecuteTemplate(w, "thanks.html", pay.ExternalReference)
}

// Pending is back_urls.pending: shows what the webhook already stored.
func (p *Pages) Pending(w http.ResponseWriter, r *http.Request) {
	orderID := r.URL.Query().Get("external_reference")
	st, _ := p.orders.Status(r.Context(), orderID)
	p.tpl.ExecuteTemplate(w, "pending.html", st)
}
