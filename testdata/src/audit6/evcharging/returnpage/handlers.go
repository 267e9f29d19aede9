// Package returnpage serves the pages the driver's browser lands on after
// 3-D Secure, before the app takes over again.
package returnpage

import (
	"context"
	"html/template"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// Starter unlocks the connector and marks the session authorised.
type Starter interface {
	BeginCharging(ctx context.Context, sessionID string) error
}

type Pages struct {
	sessions Starter
	adyen    *checkout.APIClient
	tmpl     *template.Template
}

func New(s Starter, adyen *checkout.APIClient, tmpl *template.Template) *Pages {
	return &Pages{sessions: s, adyen: adyen, tmpl: tmpl}
}

// stripeReturn: Stripe appends ?payment_intent=…&redirect_status=… to the
// return_url we gave when confirming the hold.
func (p *Pages) stripeReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sessionID := q.Get("session")
	if q.Get("redirect_status") != "succeeded" {
		p.tmpl.ExecuteTemplate(w, "hold_failed.html", sessionID)
		return
	}
	if err := p.sessions.BeginCharging(r.Context(), sessionID); err != nil { // audit: redirectfulfill: the connector is unlocked (session started) from ?redirect_status=succeeded on the 3-D Secure return, without retrieving the PaymentIntent // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		http.Error(w, "could not start the charger", http.StatusBadGateway)
		return
	}
	p.tmpl.ExecuteTemplate(w, "charging.html", sessionID)
}

// adyenReturn: Adyen hands back redirectResult, which we must submit to
// /payments/details to learn the outcome.
func (p *Pages) adyenReturn(w http.ResponseWriter, r *http.Request) {
	sessionID := r.URL.Query().Get("session")
	req := p.adyen.PaymentsApi.PaymentsDetailsInput().
		PaymentDetailsRequest(checkout.PaymentDetailsRequest{
			Details: map[string]interface{}{"redirectResult": r.URL.Query().Get("redirectResult")},
		})
	res, _, err := p.adyen.PaymentsApi.PaymentsDetails(r.Context(), req)
	if err != nil || res.ResultCode == nil || *res.ResultCode != "Authorised" {
		p.tmpl.ExecuteTemplate(w, "hold_failed.html", sessionID)
		return
	}
	if err := p.sessions.BeginCharging(r.Context(), sessionID); err != nil {
		http.Error(w, "could not start the charger", http.StatusBadGateway)
		return
	}
	p.tmpl.ExecuteTemplate(w, "charging.html", sessionID)
}

// receipt shows the summary page linked from the "charging complete" mail.
func (p *Pages) receipt(w http.ResponseWriter, r *http.Request) {
	p.tmpl.ExecuteTemplate(w, "receipt.html", map[string]string{
		"session": r.URL.Query().Get("session"),
		"status":  r.URL.Query().Get("status"),
	})
}
