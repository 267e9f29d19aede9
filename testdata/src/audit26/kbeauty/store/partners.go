package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/jmoiron/sqlx"
)

// Payout is one commission transfer to an influencer.
type Payout struct {
	ID          string    `db:"id"`
	PartnerID   string    `db:"partner_id"`
	Country     string    `db:"country"`
	Amount      int64     `db:"amount"`
	Currency    string    `db:"currency"`
	BankCode    string    `db:"bank_code"`
	AccountNo   string    `db:"account_no"`
	AccountName string    `db:"account_name"`
	Email       string    `db:"email"`
	Status      string    `db:"status"`
	ProviderRef string    `db:"provider_ref"`
	CreatedAt   time.Time `db:"created_at"`
}

// Partners is the influencer programme store over Postgres.
type Partners struct {
	db *sqlx.DB
}

// NewPartners wraps db.
func NewPartners(db *sqlx.DB) *Partners { return &Partners{db: db} }

// PendingPayouts returns payouts not yet sent.
func (p *Partners) PendingPayouts(ctx context.Context, country string, limit int) ([]Payout, error) {
	var out []Payout
	err := p.db.SelectContext(ctx, &out,
		`SELECT * FROM payouts WHERE status = 'pending' AND country = $1 ORDER BY created_at LIMIT $2`, country, limit)
	return out, err
}

// MarkSent records the provider reference of a sent payout.
func (p *Partners) MarkSent(ctx context.Context, id, ref string) error {
	_, err := p.db.ExecContext(ctx, `UPDATE payouts SET status = 'sent', provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

// SettlePayout records the final state reported by the provider. It returns
// nil when the payout already had that state.
func (p *Partners) SettlePayout(ctx context.Context, ref, status string) (*Payout, error) {
	var out Payout
	err := p.db.GetContext(ctx, &out,
		`UPDATE payouts SET status = $2 WHERE provider_ref = $1 AND status <> $2 RETURNING *`, ref, status)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	return &out, err
}

// AccrueCommission books an influencer's share of a paid order once per order.
func (p *Partners) AccrueCommission(ctx context.Context, partnerID, orderNo string, amount int64, currency string) error {
	_, err := p.db.ExecContext(ctx, `
		INSERT INTO commissions (partner_id, order_no, amount, currency)
		VALUES ($1, $2, $3, $4)
		ON CONFLICT (order_no) DO NOTHING`, partnerID, orderNo, amount, currency) // audit: lookalike webhookdedupe: unique order_no with ON CONFLICT DO NOTHING, a second delivery inserts nothing
	return err
}
