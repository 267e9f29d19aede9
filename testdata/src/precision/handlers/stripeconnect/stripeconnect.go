// Package stripeconnect: Stripe Connect seller onboarding — the OAuth
// callback and the account-link return page activate a seller account.
// They onboard a merchant; no buyer pays here.
package stripeconnect

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Sellers struct{}

func (Sellers) ActivateSeller(ctx context.Context, userID, stripeAccount string) error { return nil }
func (Sellers) AccountFor(ctx context.Context, userID string) (string, error)          { return "", nil }

type Connect struct {
	sellers Sellers
}

func exchangeCode(ctx context.Context, code string) (string, error) { return "", nil }

func currentUser(r *http.Request) string { return r.Header.Get("X-User") }

func (c *Connect) Mount(r chi.Router) {
	r.Get("/stripe/oauth/callback", c.oauthCallback)
	r.Get("/stripe/connect/onboarding/return", c.onboardingReturn)
}

func (c *Connect) oauthCallback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") == "" {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	acct, err := exchangeCode(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "could not connect your Stripe account", http.StatusBadGateway)
		return
	}
	_ = c.sellers.ActivateSeller(r.Context(), currentUser(r), acct)
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}

func (c *Connect) onboardingReturn(w http.ResponseWriter, r *http.Request) {
	acct, err := c.sellers.AccountFor(r.Context(), currentUser(r))
	if err != nil {
		http.Error(w, "no account", http.StatusNotFound)
		return
	}
	_ = c.sellers.ActivateSeller(r.Context(), currentUser(r), acct)
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}
