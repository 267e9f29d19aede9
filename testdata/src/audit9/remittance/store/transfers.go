// Package store implements persistence for transfers, webhook events and
// the ledger.
package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"

	"audit9/remittance/domain"
)

// Transfers is the Postgres-backed transfer store.
type Transfers struct {
	db *sqlx.DB
}

// NewTransfers returns a store over db.
func NewTransfers(db *sqlx.DB) *Transfers { return &Transfers{db: db} }

const transferCols = `id, customer_id, quote_id, source_currency, target_currency,
	source_amount, target_amount, rate, rail, funding, recipient_id, recipient_phone,
	recipient_wallet, status, funding_payment_id, payout_ref, created_at, updated_at`

type transferRow struct {
	ID               string         `db:"id"`
	CustomerID       string         `db:"customer_id"`
	QuoteID          string         `db:"quote_id"`
	SourceCurrency   string         `db:"source_currency"`
	TargetCurrency   string         `db:"target_currency"`
	SourceAmount     int64          `db:"source_amount"`
	TargetAmount     int64          `db:"target_amount"`
	Rate             float64        `db:"rate"`
	Rail             string         `db:"rail"`
	Funding          string         `db:"funding"`
	RecipientID      string         `db:"recipient_id"`
	RecipientPhone   sql.NullString `db:"recipient_phone"`
	RecipientWallet  sql.NullString `db:"recipient_wallet"`
	Status           string         `db:"status"`
	FundingPaymentID sql.NullString `db:"funding_payment_id"`
	PayoutRef        sql.NullString `db:"payout_ref"`
}

func (r transferRow) toDomain() domain.Transfer {
	return domain.Transfer{
		ID:               r.ID,
		CustomerID:       r.CustomerID,
		QuoteID:          r.QuoteID,
		SourceCurrency:   r.SourceCurrency,
		TargetCurrency:   r.TargetCurrency,
		SourceAmount:     r.SourceAmount,
		TargetAmount:     r.TargetAmount,
		Rate:             r.Rate,
		Rail:             domain.Rail(r.Rail),
		Funding:          domain.FundingMethod(r.Funding),
		RecipientID:      r.RecipientID,
		RecipientPhone:   r.RecipientPhone.String,
		RecipientWallet:  r.RecipientWallet.String,
		Status:           domain.Status(r.Status),
		FundingPaymentID: r.FundingPaymentID.String,
		PayoutRef:        r.PayoutRef.String,
	}
}

func (s *Transfers) Get(ctx context.Context, id string) (*domain.Transfer, error) {
	var row transferRow
	err := s.db.GetContext(ctx, &row, `SELECT `+transferCols+` FROM transfers WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	t := row.toDomain()
	return &t, nil
}

func (s *Transfers) FindByPayoutRef(ctx context.Context, ref string) (*domain.Transfer, error) {
	var row transferRow
	err := s.db.GetContext(ctx, &row, `SELECT `+transferCols+` FROM transfers WHERE payout_ref = $1`, ref)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	t := row.toDomain()
	return &t, nil
}

func (s *Transfers) ListByStatus(ctx context.Context, status domain.Status, limit int) ([]domain.Transfer, error) {
	var rows []transferRow
	err := s.db.SelectContext(ctx, &rows,
		`SELECT `+transferCols+` FROM transfers WHERE status = $1 ORDER BY updated_at LIMIT $2`,
		string(status), limit)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Transfer, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.toDomain())
	}
	return out, nil
}

func (s *Transfers) MarkFunded(ctx context.Context, id, paymentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE transfers SET status = 'funded', funding_payment_id = $2, updated_at = now() WHERE id = $1`,
		id, paymentID)
	return err
}

// MarkFundedIfAwaiting moves the transfer to funded only from
// awaiting_funds and reports whether this call made the change.
func (s *Transfers) MarkFundedIfAwaiting(ctx context.Context, id, paymentID string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE transfers SET status = 'funded', funding_payment_id = $2, updated_at = now()
		 WHERE id = $1 AND status = 'awaiting_funds'`, id, paymentID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	return n == 1, nil
}

// ClaimForPayout moves a funded transfer to paying_out and reports whether
// this caller won it.
func (s *Transfers) ClaimForPayout(ctx context.Context, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE transfers SET status = 'paying_out', updated_at = now() WHERE id = $1 AND status = 'funded'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (s *Transfers) MarkPayoutSent(ctx context.Context, id, ref string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE transfers SET status = 'payout_sent', payout_ref = $2, updated_at = now() WHERE id = $1`, id, ref)
	return err
}

func (s *Transfers) MarkCompleted(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE transfers SET status = 'completed', updated_at = now() WHERE id = $1`, id)
	return err
}

func (s *Transfers) MarkFailed(ctx context.Context, id, reason string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE transfers SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1`, id, reason)
	return err
}
