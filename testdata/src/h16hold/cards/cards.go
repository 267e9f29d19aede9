// Package cards serves net/http pages around a deposit: a setup-mode
// Checkout return saving the card's mandate, a return page that only
// renders, and the verified webhook that records the hold.
package cards

import (
	"context"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Mandates stores card mandates.
type Mandates interface {
	SetStatus(ctx context.Context, id, status string) error
}

// Holds records deposit holds.
type Holds interface {
	UpdateDeposit(ctx context.Context, id, state string) error
}

// Pages holds the pages and the webhook.
type Pages struct {
	mandates Mandates
	holds    Holds
	secret   string
}

// New returns the pages.
func New(m Mandates, h Holds, secret string) *Pages {
	return &Pages{mandates: m, holds: h, secret: secret}
}

// SetupReturn: a setup-mode session saves the card; the mandate is
// authorised, no payment is held: silent.
func (p *Pages) SetupReturn(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if err := p.saveCard(r.Context(), s.ClientReferenceID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte("card saved"))
}

func (p *Pages) saveCard(ctx context.Context, id string) error {
	return p.mandates.SetStatus(ctx, id, "authorized")
}

// DepositReturn only renders: the webhook records the hold. Silent.
func (p *Pages) DepositReturn(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	_, _ = w.Write([]byte("deposit " + string(pi.Status)))
}

// Hook records the hold from the verified payment_intent.amount_capturable_updated event: silent.
func (p *Pages) Hook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), p.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment_intent.amount_capturable_updated" {
		if err := p.holds.UpdateDeposit(r.Context(), ev.ID, "requires_capture"); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
