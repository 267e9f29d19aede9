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

// Handlers holds every webhook endpoint's dependencies.
type Handlers struct {
	purchases *store.Purchases
	members   *store.Memberships
	earnings  *store.Earnings
	dedupe    *store.Dedupe
	mail      *notify.Mailer
	fanout    *notify.Fanout
	pp        *paypal.Client
	jobs      Jobs
	log       *slog.Logger

	stripeSecret    string
	lemonSecret     string
	paypalWebhookID string
	downloadsURL    string
}

// Deps are the stores and clients the handlers use.
type Deps struct {
	Purchases *store.Purchases
	Members   *store.Memberships
	Earnings  *store.Earnings
	Dedupe    *store.Dedupe
	Mail      *notify.Mailer
	Fanout    *notify.Fanout
	PayPal    *paypal.Client
	Jobs      Jobs
	Log       *slog.Logger
}

// Secrets are the webhook signing secrets.
type Secrets struct {
	Stripe          string
	Lemon           string
	PayPalWebhookID string
}

// New builds the handlers.
func New(d Deps, s Secrets, downloadsURL string) *Handlers {
	return &Handlers{
		purchases: d.Purchases, members: d.Members, earnings: d.Earnings, dedupe: d.Dedupe,
		mail: d.Mail, fanout: d.Fanout, pp: d.PayPal, jobs: d.Jobs, log: d.Log,
		stripeSecret: s.Stripe, lemonSecret: s.Lemon, paypalWebhookID: s.PayPalWebhookID,
		downloadsURL: downloadsURL,
	}
}

func readBody(r *http.Request) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r.Body, maxBody))
}
