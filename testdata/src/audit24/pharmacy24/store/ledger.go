package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
)

type Payout struct {
	ID          string `db:"id"`
	PartnerID   string `db:"partner_id"`
	FundAccount string `db:"fund_account_id"`
	AmountMinor int64  `db:"amount_minor"`
	Currency    string `db:"currency"`
	Status      string `db:"status"`
	ProviderRef string `db:"provider_ref"`
}

type Ledger struct {
	db *sqlx.DB
}

func NewLedger(db *sqlx.DB) *Ledger { return &Ledger{db: db} }

// AddPartnerEarning books what the partner pharmacy is owed for an order.
func (l *Ledger) AddPartnerEarning(ctx context.Context, partnerID, orderID string, amountMinor int64, currency string) error {
	_, err := l.db.ExecContext(ctx,
		`INSERT INTO partner_earnings (partner_id, order_id, amount_minor, currency, created_at) VALUES ($1, $2, $3, $4, now())`,
		partnerID, orderID, amountMinor, currency)
	return err
}

// AddPixCredit books a Pix arrival against the order.
func (l *Ledger) AddPixCredit(ctx context.Context, orderID, endToEndID string, amountMinor int64) error {
	_, err := l.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (order_id, kind, reference, amount_minor, created_at) VALUES ($1, 'pix_in', $2, $3, now())`,
		orderID, endToEndID, amountMinor)
	return err
}

// AddRefund books a processed refund.
func (l *Ledger) AddRefund(ctx context.Context, orderID, refundID string, amountMinor int64) error {
	_, err := l.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (order_id, kind, reference, amount_minor, created_at) VALUES ($1, 'refund', $2, $3, now())`,
		orderID, refundID, amountMinor)
	return err
}

// RecordCOD books cash a courier collected. A second report of the same
// collection is ignored.
func (l *Ledger) RecordCOD(ctx context.Context, collectionID, orderID, courierID string, amountMinor int64) (bool, error) {
	res, err := l.db.ExecContext(ctx,
		`INSERT INTO cod_collections (id, order_id, courier_id, amount_minor, collected_at) VALUES ($1, $2, $3, $4, now())
		 ON CONFLICT (id) DO NOTHING`,
		collectionID, orderID, courierID, amountMinor)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (l *Ledger) DuePayouts(ctx context.Context) ([]Payout, error) {
	var out []Payout
	err := l.db.SelectContext(ctx, &out, `SELECT * FROM partner_payouts WHERE status = 'queued' ORDER BY id LIMIT 50`)
	return out, err
}

func (l *Ledger) SetPayoutStatus(ctx context.Context, id, status, ref string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE partner_payouts SET status = $2, provider_ref = $3 WHERE id = $1`, id, status, ref)
	return err
}

// Events remembers webhook deliveries already handled.
type Events struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewEvents(rdb *redis.Client) *Events { return &Events{rdb: rdb, ttl: 72 * time.Hour} }

// First reports whether this is the first time id is seen.
func (e *Events) First(ctx context.Context, source, id string) (bool, error) {
	return e.rdb.SetNX(ctx, "hook:"+source+":"+id, 1, e.ttl).Result()
}
