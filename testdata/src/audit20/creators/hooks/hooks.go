// Package hooks receives the payment providers' webhooks. cmd/creatorsd
// mounts the handlers on the hooks listener.
package hooks

import (
	"context"
	"io"
	"log/slog"
	"net/http"

	"github.com/plutov/paypal/v4"

	"audit20/creators/notify"
	"audit20/creators/store"
)

const maxBody = 1 << 20

// Jobs queues work for the background worker.
type Jobs interface {
	SendReceipt(ctx context.Context, purchaseID string) error
}

// Deps are the stores and clients the handlers use.
type Deps struct {
	Purchases *store.Purchases
	Members   *store.Memberships
	Earnings  *store.Earnings
	Dedupe    *store.Dedupe
	Mail      *notify.Mailer
	Fanout    *notify.Fanout
	PayPalAPI *paypal.Client
	Jobs      Jobs
	Log       *slog.Logger
}

// Secrets are the webhook signing secrets.
type Secrets struct {
	Stripe          string
	Lemon           string
	PayPalWebhookID string
}

// Handlers are the webhook endpoints.
type Handlers struct {
	Deps
	Secrets
	downloadsURL string
}

// New builds the handlers.
func New(d Deps, s Secrets, downloadsURL string) *Handlers {
	return &Handlers{Deps: d, Secrets: s, downloadsURL: downloadsURL}
}

func readBody(r *http.Request) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r.Body, maxBody))
}
