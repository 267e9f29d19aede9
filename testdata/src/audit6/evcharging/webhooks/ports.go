// Package webhooks receives provider and CPMS webhooks.
package webhooks

import (
	"context"
	"database/sql"
	"log/slog"
)

// HoldEvents is implemented by sessions.Service.
type HoldEvents interface {
	HoldConfirmed(ctx context.Context, paymentIntentID string) error
}

// Jobs is the Postgres-backed job queue drained by the worker process.
type Jobs interface {
	Enqueue(ctx context.Context, kind, ref string) error
}

type Config struct {
	StripeSecret     string
	AdyenHMACKey     string
	GoCardlessSecret string
}

type Handler struct {
	cfg      Config
	db       *sql.DB
	sessions HoldEvents
	jobs     Jobs
	log      *slog.Logger
}

func New(cfg Config, db *sql.DB, sessions HoldEvents, jobs Jobs, log *slog.Logger) *Handler {
	return &Handler{cfg: cfg, db: db, sessions: sessions, jobs: jobs, log: log}
}

// creditWallet adds a top-up to the driver's prepaid wallet.
func (h *Handler) creditWallet(ctx context.Context, walletID string, cents int64) error {
	_, err := h.db.ExecContext(ctx, `UPDATE wallets SET balance_cents = balance_cents + $1 WHERE id = $2`, cents, walletID)
	return err
}

// firstDelivery records the event id; false means we already handled it.
func (h *Handler) firstDelivery(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := h.db.ExecContext(ctx,
		`INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
