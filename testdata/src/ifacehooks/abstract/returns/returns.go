// Package returns: the pages a learner's browser lands on after paying
// for a course; enrolment is done through a service whose implementation
// this package cannot see. Unlocking or issuing from the return page
// because a query or form parameter says the payment succeeded lets a
// buyer who never paid type the URL.
package returns

import (
	"context"
	"encoding/json"
	"net/http"

	"ifacehooks/abstract/ports"
)

type Pages struct {
	enrolments ports.Enrolments
	users      ports.Users
	psp        *http.Client
}

func (p *Pages) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /courses/checkout/return", p.Return)
	mux.HandleFunc("POST /courses/payment/success", p.FormReturn)
	mux.HandleFunc("GET /courses/checkout/complete", p.Complete)
	mux.HandleFunc("GET /courses/checkout/success", p.Landing)
	mux.HandleFunc("GET /courses/checkout/verified-return", p.VerifiedReturn)
	mux.HandleFunc("GET /verify-email", p.VerifyEmail)
}

// Return unlocks the course because the query says it was paid.
func (p *Pages) Return(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	course, user := q.Get("course"), q.Get("user")
	if q.Get("redirect_status") != "succeeded" {
		http.Redirect(w, r, "/courses/"+course+"?payment=failed", http.StatusSeeOther)
		return
	}
	_ = p.enrolments.Unlock(r.Context(), course, user) // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\)`
	http.Redirect(w, r, "/courses/"+course, http.StatusSeeOther)
}

// FormReturn issues a licence on the gateway's form post-back.
func (p *Pages) FormReturn(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("result") == "SUCCESS" {
		_ = p.enrolments.IssueLicence(r.Context(), r.FormValue("user")) // want `order fulfilled in the success-redirect handler from a form value \(result\)`
	}
}

// Complete marks the enrolment paid from the return page.
func (p *Pages) Complete(w http.ResponseWriter, r *http.Request) {
	_ = p.enrolments.SetStatus(r.Context(), r.URL.Query().Get("enrolment"), "paid") // want `order fulfilled in the success-redirect handler without reading the payment's status`
}

// ---- silent ---------------------------------------------------------------------

// Landing unlocks nothing the query did not test: no paid test guards it.
func (p *Pages) Landing(w http.ResponseWriter, r *http.Request) {
	_ = p.enrolments.SetStatus(r.Context(), r.URL.Query().Get("enrolment"), "pending")
	http.Redirect(w, r, "/courses", http.StatusSeeOther)
}

// VerifiedReturn asks the provider before unlocking.
func (p *Pages) VerifiedReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	resp, err := p.psp.Get("https://api.psp.example/v1/payments/" + q.Get("payment_id"))
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var pay struct {
		Status string `json:"status"`
	}
	if json.NewDecoder(resp.Body).Decode(&pay) != nil || pay.Status != "paid" {
		return
	}
	_ = p.enrolments.Unlock(context.Background(), q.Get("course"), q.Get("user"))
}

// VerifyEmail confirms a sign-up from the link in the e-mail.
func (p *Pages) VerifyEmail(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") == "success" {
		_ = p.users.Confirm(r.Context(), q.Get("token"))
	}
}
