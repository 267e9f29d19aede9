package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// Ledger is the finance ledger, written with pgx for speed.
type Ledger struct{ pool *pgxpool.Pool }

func NewLedger(pool *pgxpool.Pool) *Ledger { return &Ledger{pool: pool} }

type Entry struct {
	PNR         string
	Provider    string
	ProviderRef string
	Kind        string
	AmountMinor int64
	Currency    string
}

// Append writes one ledger line.
func (l *Ledger) Append(ctx context.Context, e Entry) error {
	_, err := l.pool.Exec(ctx,
		`INSERT INTO ledger (pnr, provider, provider_ref, kind, amount_minor, currency, created_at)
		 VALUES ($1, $2, $3, $4, $5, $6, now())`,
		e.PNR, e.Provider, e.ProviderRef, e.Kind, e.AmountMinor, e.Currency)
	return err
}

// AppendOnce writes the line unless one with the same provider reference
// and kind exists; it reports whether it wrote.
func (l *Ledger) AppendOnce(ctx context.Context, e Entry) (bool, error) {
	tag, err := l.pool.Exec(ctx,
		`INSERT INTO ledger (pnr, provider, provider_ref, kind, amount_minor, currency, created_at)
		 VALUES ($1, $2, $3, $4, $5, $6, now())
		 ON CONFLICT (provider, provider_ref, kind) DO NOTHING`,
		e.PNR, e.Provider, e.ProviderRef, e.Kind, e.AmountMinor, e.Currency)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Commissions tracks agency commission payouts.
type Commissions struct{ pool *pgxpool.Pool }

func NewCommissions(pool *pgxpool.Pool) *Commissions { return &Commissions{pool: pool} }

// SetPayoutStatus stores what the payout bank reports for a payout.
func (c *Commissions) SetPayoutStatus(ctx context.Context, payoutRef, status string) error {
	_, err := c.pool.Exec(ctx, `UPDATE commissions SET status = $1, updated_at = now() WHERE payout_ref = $2`, status, payoutRef)
	return err
}

func (c *Commissions) Claim(ctx context.Context, id int64, payoutRef string) (bool, error) {
	tag, err := c.pool.Exec(ctx,
		`UPDATE commissions SET status = 'sending', payout_ref = $2 WHERE id = $1 AND status = 'approved'`, id, payoutRef)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

func (c *Commissions) Amount(ctx context.Context, id int64) (agent int64, minor int64, currency string, err error) {
	err = c.pool.QueryRow(ctx, `SELECT agent_id, amount_minor, currency FROM commissions WHERE id = $1`, id).
		Scan(&agent, &minor, &currency)
	return
}

// Holds keeps seat holds in Redis so the seat map sees them at once.
type Holds struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewHolds(rdb *redis.Client, ttl time.Duration) *Holds { return &Holds{rdb: rdb, ttl: ttl} }

func holdKey(flight, seat string) string { return fmt.Sprintf("hold:%s:%s", flight, seat) }

// Take holds a seat for a PNR; false when someone else holds it.
func (h *Holds) Take(ctx context.Context, flight, seat, pnr string) (bool, error) {
	return h.rdb.SetNX(ctx, holdKey(flight, seat), pnr, h.ttl).Result()
}

func (h *Holds) Release(ctx context.Context, flight, seat string) error {
	return h.rdb.Set(ctx, holdKey(flight, seat), "", time.Second).Err()
}

// FirstDelivery records a webhook delivery id; false when it was seen before.
func (h *Holds) FirstDelivery(ctx context.Context, source, id string) (bool, error) {
	return h.rdb.SetNX(ctx, "delivery:"+source+":"+id, 1, 72*time.Hour).Result()
}
