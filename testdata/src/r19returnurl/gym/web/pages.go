// Package web holds the gym's pages; cmd/gymd routes them.
package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"r19returnurl/gym/billing"
)

type Pages struct{ Billing *billing.Service }

// Welcome is the membership payment's redirectUrl (routed in cmd/gymd):
// it activates the membership on the browser's word.
func (p *Pages) Welcome(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "bad member", http.StatusBadRequest)
		return
	}
	if err := p.Billing.ActivateMembership(r.Context(), id); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "welcome to the gym")
}

// PassReady is the day pass's redirectUrl: it reads the payment back and
// activates only a paid one.
func (p *Pages) PassReady(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "bad pass", http.StatusBadRequest)
		return
	}
	st, err := p.Billing.PaymentStatus(r.Context(), r.URL.Query().Get("tr"))
	if err != nil || st != "paid" {
		http.Error(w, "payment not received yet", http.StatusPaymentRequired)
		return
	}
	if err := p.Billing.ActivatePass(r.Context(), id); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "your pass is ready")
}

// Signup is the cancelUrl's page: the form again.
func (p *Pages) Signup(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "<form method=post>…</form>")
}

// Comp is a trial membership the front desk hands out on a page no
// payment names.
func (p *Pages) Comp(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "bad member", http.StatusBadRequest)
		return
	}
	if err := p.Billing.ActivateMembership(r.Context(), id); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "enjoy your trial")
}
