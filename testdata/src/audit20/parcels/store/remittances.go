package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

// Remittances persists COD remittances owed to sellers, with sqlx.
type Remittances struct {
	db *sqlx.DB
}

func NewRemittances(db *sqlx.DB) *Remittances { return &Remittances{db: db} }

// Due lists remittances whose settlement date has come.
func (s *Remittances) Due(ctx context.Context, asOf time.Time, limit int) ([]Remittance, error) {
	var rs []Remittance
	err := s.db.SelectContext(ctx, &rs, `
		SELECT id, seller_id, country, amount_minor, currency, fund_account_id,
		       bank_code, account_no, account_name, status, payout_id, due_on
		  FROM remittances
		 WHERE status = 'due' AND due_on <= $1
		 ORDER BY due_on
		 LIMIT $2`, asOf, limit)
	return rs, err
}

func (s *Remittances) Get(ctx context.Context, id string) (*Remittance, error) {
	var r Remittance
	if err := s.db.GetContext(ctx, &r, `SELECT * FROM remittances WHERE id = $1`, id); err != nil {
		return nil, err
	}
	return &r, nil
}

// OpenFor sums what is owed to a seller right now (collected, not yet remitted).
func (s *Remittances) OpenFor(ctx context.Context, sellerID string) (*Remittance, error) {
	var r Remittance
	err := s.db.GetContext(ctx, &r, `
		SELECT * FROM remittances WHERE seller_id = $1 AND status = 'due'
		 ORDER BY due_on LIMIT 1`, sellerID)
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// Claim moves a due remittance to sending; false when someone else has it.
func (s *Remittances) Claim(ctx context.Context, id string) (bool, error) {
	res := s.db.MustExecContext(ctx, `UPDATE remittances SET status = 'sending' WHERE id = $1 AND status = 'due'`, id)
	n, err := res.RowsAffected()
	return n == 1, err
}

func (s *Remittances) SetPayout(ctx context.Context, id, payoutID string) error {
	_, err := s.db.NamedExecContext(ctx, `UPDATE remittances SET payout_id = :payout WHERE id = :id`,
		map[string]any{"id": id, "payout": payoutID})
	return err
}

func (s *Remittances) MarkSent(ctx context.Context, id string) error {
	_, err := s.db.NamedExecContext(ctx, `UPDATE remittances SET status = 'sent', sent_at = now() WHERE id = :id`,
		map[string]any{"id": id})
	return err
}

func (s *Remittances) MarkFailed(ctx context.Context, id, reason string) error {
	_, err := s.db.NamedExecContext(ctx, `UPDATE remittances SET status = 'failed', failure = :reason WHERE id = :id`,
		map[string]any{"id": id, "reason": reason})
	return err
}

func (s *Remittances) Seller(ctx context.Context, id string) (*Seller, error) {
	var sl Seller
	if err := s.db.GetContext(ctx, &sl, `SELECT id, email, name, country FROM sellers WHERE id = $1`, id); err != nil {
		return nil, err
	}
	return &sl, nil
}
