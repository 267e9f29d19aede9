package httpapi

import (
	"context"
	"fmt"
	"html/template"
	"net/http"

	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit26/gymchain/dlocal"
	"audit26/gymchain/store"
)

// Activator turns a paid membership on; store.Memberships in production.
type Activator interface {
	Activate(ctx context.Context, membershipID, ref string) error
}

// Returns serves the pages providers send the buyer back to.
type Returns struct {
	memberships Activator
	status      *store.Memberships
	passes      *store.DayPasses
	dl          *dlocal.Client
	page        *template.Template
}

func NewReturns(act Activator, status *store.Memberships, passes *store.DayPasses, dl *dlocal.Client) *Returns {
	page := template.Must(template.New("r").Parse(`<html><body><h1>{{.Title}}</h1><p>{{.Text}}</p></body></html>`))
	return &Returns{memberships: act, status: status, passes: passes, dl: dl, page: page}
}

func (h *Returns) render(w http.ResponseWriter, title, text string) {
	_ = h.page.Execute(w, map[string]string{"Title": title, "Text": text})
}

// DLocalReturn is the callback_url of the membership checkout (MX/CO).
func (h *Returns) DLocalReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") == "PAID" {
		if err := h.memberships.Activate(r.Context(), q.Get("order_id"), q.Get("payment_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			h.render(w, "Error", "Intenta de nuevo")
			return
		}
		h.render(w, "¡Listo!", "Tu membresía está activa.")
		return
	}
	h.render(w, "Pago pendiente", "Te avisaremos cuando se confirme.")
}

// DayPassReturn is the return page of the day-pass card checkout.
func (h *Returns) DayPassReturn(w http.ResponseWriter, r *http.Request) {
	p, err := h.dl.GetPayment(r.Context(), r.URL.Query().Get("payment_id"))
	if err != nil {
		h.render(w, "Error", "No pudimos confirmar tu pago.")
		return
	}
	if p.Status == "PAID" {
		if err := h.passes.Issue(r.Context(), r.URL.Query().Get("pass_id")); err != nil { // audit: lookalike redirectfulfill: the payment is read from dLocal and its status checked before the pass is issued
			h.render(w, "Error", "Intenta de nuevo")
			return
		}
		h.render(w, "¡Listo!", "Tu pase de día está activo.")
		return
	}
	h.render(w, "Pago pendiente", "Te avisaremos cuando se confirme.")
}

// PagarmeSuccess is the success page of the Brazilian checkout.
func (h *Returns) PagarmeSuccess(w http.ResponseWriter, r *http.Request) {
	m, err := h.status.Get(r.Context(), r.URL.Query().Get("membership_id"))
	if err == nil && m.Status == "active" { // audit: lookalike redirectfulfill: only reads our own row (set by the webhook) and shows processing until then; nothing is written
		h.render(w, "Pagamento confirmado", "Bem-vindo!")
		return
	}
	h.render(w, "Processando", "Estamos confirmando seu pagamento; você receberá um e-mail.")
}

// StripeSuccess is the return_url of the US checkout.
func (h *Returns) StripeSuccess(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if err := h.memberships.Activate(r.Context(), pi.Metadata["membership_id"], pi.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	h.render(w, "Welcome!", fmt.Sprintf("Membership %s is active.", pi.Metadata["membership_id"]))
}
