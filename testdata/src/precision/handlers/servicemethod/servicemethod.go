// Package servicemethod: the return handler calls a method on a service
// struct that retrieves the session and checks it before fulfilling.
package servicemethod

import (
	"context"
	"fmt"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

type OrderRepo interface {
	MarkPaid(ctx context.Context, orderID string) error
}

type CheckoutService struct {
	sessions session.Client
	repo     OrderRepo
}

// Verify returns nil only for a paid session.
func (s *CheckoutService) Verify(ctx context.Context, sessionID string) (string, error) {
	cs, err := s.sessions.Get(sessionID, nil)
	if err != nil {
		return "", err
	}
	if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return "", fmt.Errorf("session %s is %s", sessionID, cs.PaymentStatus)
	}
	return cs.ClientReferenceID, nil
}

// Complete fulfils only when the provider says the session is paid.
func (s *CheckoutService) Complete(ctx context.Context, sessionID string) error {
	cs, err := s.sessions.Get(sessionID, nil)
	if err != nil {
		return err
	}
	if cs.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		return s.repo.MarkPaid(ctx, cs.ClientReferenceID)
	}
	return nil
}

type API struct {
	checkout *CheckoutService
	repo     OrderRepo
}

func (a *API) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /checkout/complete", a.handleComplete)
	mux.HandleFunc("GET /checkout/success", a.handleSuccess)
	return mux
}

func (a *API) handleComplete(w http.ResponseWriter, r *http.Request) {
	orderID, err := a.checkout.Verify(r.Context(), r.URL.Query().Get("session_id"))
	if err != nil {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	if err := a.repo.MarkPaid(r.Context(), orderID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/orders/"+orderID, http.StatusSeeOther)
}

func (a *API) handleSuccess(w http.ResponseWriter, r *http.Request) {
	if err := a.checkout.Complete(r.Context(), r.URL.Query().Get("session_id")); err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	w.Write([]byte("thanks"))
}
