// Package statusshapes: more ways return handlers check the provider's
// state before granting — the embedded-checkout "status == complete"
// return page, the v82 client, a helper that returns the status, a paid
// method on the merchant's own wrapper type, early returns in an else
// chain.
package statusshapes

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

type Licenses struct{}

func (Licenses) GrantLicense(ctx context.Context, ref string) error     { return nil }
func (Licenses) ProvisionAccount(ctx context.Context, ref string) error { return nil }

type App struct {
	sc  *stripe.Client
	lic Licenses
}

// Payment is the merchant's view of a provider payment.
type Payment struct {
	Ref    string
	Status string
}

func (p *Payment) Paid() bool { return p.Status == "succeeded" }

func (a *App) fetchPayment(ctx context.Context, id string) (*Payment, error) {
	cs, err := a.sc.V1CheckoutSessions.Retrieve(ctx, id, nil)
	if err != nil {
		return nil, err
	}
	st := "pending"
	if cs.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		st = "succeeded"
	}
	return &Payment{Ref: cs.ClientReferenceID, Status: st}, nil
}

func (a *App) paymentStatus(ctx context.Context, id string) (stripe.CheckoutSessionPaymentStatus, string, error) {
	cs, err := session.Get(id, nil)
	if err != nil {
		return "", "", err
	}
	return cs.PaymentStatus, cs.ClientReferenceID, nil
}

func (a *App) Mount(r chi.Router) {
	r.Get("/checkout/return", a.embeddedReturn)
	r.Get("/checkout/success", a.clientReturn)
	r.Get("/license/thank-you", a.statusHelper)
	r.Get("/account/payment-complete", a.wrapperReturn)
}

// embeddedReturn follows Stripe's embedded Checkout guide.
func (a *App) embeddedReturn(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if s.Status == stripe.CheckoutSessionStatusOpen {
		http.Redirect(w, r, "/checkout", http.StatusSeeOther)
		return
	} else if s.Status == stripe.CheckoutSessionStatusComplete && s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		_ = a.lic.GrantLicense(r.Context(), s.ClientReferenceID)
	}
	w.Write([]byte("thanks"))
}

func (a *App) clientReturn(w http.ResponseWriter, r *http.Request) {
	cs, err := a.sc.V1CheckoutSessions.Retrieve(r.Context(), r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		w.Write([]byte("processing"))
		return
	}
	_ = a.lic.GrantLicense(r.Context(), cs.ClientReferenceID)
}

func (a *App) statusHelper(w http.ResponseWriter, r *http.Request) {
	st, ref, err := a.paymentStatus(r.Context(), r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	switch st {
	case stripe.CheckoutSessionPaymentStatusPaid:
		_ = a.lic.GrantLicense(r.Context(), ref)
	default:
		w.Write([]byte("processing"))
	}
}

func (a *App) wrapperReturn(w http.ResponseWriter, r *http.Request) {
	p, err := a.fetchPayment(r.Context(), r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if !p.Paid() {
		w.Write([]byte("processing"))
		return
	}
	_ = a.lic.ProvisionAccount(r.Context(), p.Ref)
}
