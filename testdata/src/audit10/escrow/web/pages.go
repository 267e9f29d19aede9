// Package web serves the client-facing pages around milestone funding.
package web

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/plutov/paypal/v4"

	"audit10/escrow/domain"
)

// Capturer captures an approved PayPal order.
type Capturer interface {
	Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error)
}

// TaxForms stores collected tax documents.
type TaxForms interface {
	MarkSubmitted(ctx context.Context, userID, envelopeID string) error
}

// Pages renders the funding flow.
type Pages struct {
	milestones domain.MilestoneStore
	capturer   Capturer
	pp         *paypal.Client
	taxForms   TaxForms
	tmpl       *template.Template
	log        *slog.Logger
}

// NewPages builds the page handlers.
func NewPages(ms domain.MilestoneStore, c Capturer, pp *paypal.Client, tf TaxForms, tmpl *template.Template, log *slog.Logger) *Pages {
	return &Pages{milestones: ms, capturer: c, pp: pp, taxForms: tf, tmpl: tmpl, log: log}
}

func (p *Pages) render(w http.ResponseWriter, name string, data any) {
	if err := p.tmpl.ExecuteTemplate(w, name, data); err != nil {
		p.log.Error("render", "page", name, "err", err)
	}
}

// StripeReturn is where Stripe sends the client after card authentication.
func (p *Pages) StripeReturn(w http.ResponseWriter, r *http.Request) {
	msID := chi.URLParam(r, "id")
	q := r.URL.Query()
	if q.Get("redirect_status") == "succeeded" {
		if err := p.milestones.MarkFunded(r.Context(), msID, q.Get("payment_intent")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			p.log.Error("mark funded", "milestone", msID, "err", err)
		}
		p.render(w, "milestone_funded.html", map[string]string{"Milestone": msID})
		return
	}
	p.render(w, "milestone_funding_failed.html", map[string]string{"Milestone": msID})
}

// PayPalReturn captures the order the client just approved on PayPal.
func (p *Pages) PayPalReturn(w http.ResponseWriter, r *http.Request) {
	msID := chi.URLParam(r, "id")
	orderID := r.URL.Query().Get("token")
	res, err := p.capturer.Capture(r.Context(), orderID)
	if err != nil {
		p.log.Warn("paypal capture", "order", orderID, "err", err)
		p.render(w, "milestone_funding_failed.html", map[string]string{"Milestone": msID})
		return
	}
	if res.Status != paypal.OrderStatusCompleted {
		p.render(w, "milestone_funding_pending.html", map[string]string{"Milestone": msID})
		return
	}
	if err := p.milestones.MarkFunded(r.Context(), msID, res.ID); err != nil {
		p.log.Error("mark funded", "milestone", msID, "err", err)
	}
	p.render(w, "milestone_funded.html", map[string]string{"Milestone": msID})
}

// PayPalApproved is the return URL of orders created by the mobile app,
// which captures the order itself.
func (p *Pages) PayPalApproved(w http.ResponseWriter, r *http.Request) {
	msID := chi.URLParam(r, "id")
	orderID := r.URL.Query().Get("token")
	m, err := p.milestones.Get(r.Context(), msID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ord, err := p.pp.GetOrder(r.Context(), orderID)
	if err != nil {
		http.Error(w, "PayPal is not reachable, please refresh", http.StatusBadGateway)
		return
	}
	if ord.ID != m.PayPalOrderID {
		http.Error(w, "order does not belong to this milestone", http.StatusBadRequest)
		return
	}
	if err := p.milestones.MarkFunded(r.Context(), msID, ord.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
		p.log.Error("mark funded", "milestone", msID, "err", err)
	}
	p.render(w, "milestone_funded.html", map[string]string{"Milestone": msID})
}

// TaxFormComplete is the e-signature provider's return after a freelancer
// signed their W-8BEN / W-9.
func (p *Pages) TaxFormComplete(w http.ResponseWriter, r *http.Request) {
	userID := r.URL.Query().Get("user")
	envelope := r.URL.Query().Get("envelope_id")
	if r.URL.Query().Get("event") == "signing_complete" {
		if err := p.taxForms.MarkSubmitted(r.Context(), userID, envelope); err != nil {
			p.log.Error("tax form", "user", userID, "err", err)
		}
	}
	p.render(w, "tax_form_thanks.html", nil)
}

// ProposalAccepted confirms to the client that the freelancer was hired.
func (p *Pages) ProposalAccepted(w http.ResponseWriter, r *http.Request) {
	p.render(w, "proposal_accepted.html", map[string]string{"Contract": chi.URLParam(r, "contract")})
}

// Routes mounts the pages on r.
func (p *Pages) Routes(r chi.Router) {
	r.Get("/milestones/{id}/funded/stripe", p.StripeReturn)
	r.Get("/milestones/{id}/funded/paypal", p.PayPalReturn)
	r.Get("/m/milestones/{id}/paypal/approved", p.PayPalApproved)
	r.Get("/tax-forms/complete", p.TaxFormComplete)
	r.Get("/contracts/{contract}/hired", p.ProposalAccepted)
}
