// Package acquirerhooks handles the card acquirer's (Stripe) webhooks for
// card deposits, and the KYC vendor's callback.
package acquirerhooks

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Deposits is the deposit service behind the hooks.
type Deposits interface {
	MarkCardDepositPaid(ctx context.Context, intentID string, cents int64) error
	BuyCrypto(ctx context.Context, intentID string) error
}

// Mailer sends transactional mail through the ESP's HTTP API.
type Mailer interface {
	SendReceipt(ctx context.Context, intentID string) error
}

// App bundles the hook handlers.
type App struct {
	Secret   string
	Deposits Deposits
	Mail     Mailer
	Queue    chan<- []byte
	KYCURL   string
}

// Router mounts the hooks.
func (a *App) Router() http.Handler {
	r := chi.NewRouter()
	r.Post("/webhooks/stripe", a.stripeHook)
	r.Post("/webhooks/stripe/v2", a.stripeHookQueued)
	r.Post("/webhooks/stripe/dev", a.stripeHookDev)
	r.Post("/webhooks/kyc", a.kycHook)
	return r
}
