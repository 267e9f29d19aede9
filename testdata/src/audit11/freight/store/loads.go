package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"

	"audit11/freight/domain"
)

// Loads is the sqlx-backed shipment repository used by the settlement worker.
type Loads struct {
	db *sqlx.DB
}

// NewLoads returns a repository over db.
func NewLoads(db *sqlx.DB) *Loads { return &Loads{db: db} }

// DeliveredUnpaid lists loads delivered before cutoff whose carrier has not
// been paid out yet.
func (s *Loads) DeliveredUnpaid(ctx context.Context, cutoff time.Time, limit int) ([]domain.Load, error) {
	var rows []domain.Load
	err := s.db.SelectContext(ctx, &rows,
		`SELECT id, invoice_id, carrier_id, rate_cents, delivered_at, paid_out
		   FROM loads WHERE delivered_at < $1 AND NOT paid_out AND payout_ref IS NULL
		  ORDER BY delivered_at LIMIT $2`, cutoff, limit)
	return rows, err
}

// Carrier loads one carrier.
func (s *Loads) Carrier(ctx context.Context, id string) (*domain.Carrier, error) {
	var c domain.Carrier
	err := s.db.GetContext(ctx, &c,
		`SELECT id, name, payout_account, fuel_card_id, phone FROM carriers WHERE id = $1`, id)
	return &c, err
}

// MarkPaidOut flags a load as paid to its carrier.
func (s *Loads) MarkPaidOut(ctx context.Context, loadID, payoutRef string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE loads SET paid_out = true, payout_ref = $2 WHERE id = $1`, loadID, payoutRef)
	return err
}

// MarkPayoutStarted records the payout sent for a load.
func (s *Loads) MarkPayoutStarted(ctx context.Context, loadID, payoutRef string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE loads SET payout_ref = $2 WHERE id = $1`, loadID, payoutRef)
	return err
}

// MarkPayoutFailed records a failed quick-pay so dispatch can follow up.
func (s *Loads) MarkPayoutFailed(ctx context.Context, loadID, reason string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE loads SET payout_error = $2 WHERE id = $1`, loadID, reason)
	return err
}

// PendingTopUps lists fuel-card top-ups requested by carriers.
func (s *Loads) PendingTopUps(ctx context.Context) ([]TopUp, error) {
	var rows []TopUp
	err := s.db.SelectContext(ctx, &rows,
		`SELECT id, carrier_id, card_id, amount_cents FROM fuel_topups WHERE state = 'requested'`)
	return rows, err
}

// TopUpDone marks a fuel top-up as sent.
func (s *Loads) TopUpDone(ctx context.Context, id, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE fuel_topups SET state = 'sent', ref = $2 WHERE id = $1`, id, ref)
	return err
}

// TopUp is a requested fuel-card load.
type TopUp struct {
	ID          string `db:"id"`
	CarrierID   string `db:"carrier_id"`
	CardID      string `db:"card_id"`
	AmountCents int64  `db:"amount_cents"`
}

// Load reads one load.
func (s *Loads) Load(ctx context.Context, id string) (*domain.Load, error) {
	var l domain.Load
	err := s.db.GetContext(ctx, &l,
		`SELECT id, invoice_id, carrier_id, rate_cents, delivered_at, paid_out FROM loads WHERE id = $1`, id)
	return &l, err
}

// Processing lists invoices whose bank debit is in flight.
func (s *Loads) Processing(ctx context.Context) ([]domain.Invoice, error) {
	var rows []domain.Invoice
	err := s.db.SelectContext(ctx, &rows,
		`SELECT id, number, shipper_id, amount_cents, currency, status, provider_ref
		   FROM invoices WHERE status = 'processing' AND provider_ref <> ''`)
	return rows, err
}

// Overdue lists open invoices past their due date.
func (s *Loads) Overdue(ctx context.Context, limit int) ([]domain.Invoice, error) {
	var rows []domain.Invoice
	err := s.db.SelectContext(ctx, &rows,
		`SELECT id, number, shipper_id, amount_cents, currency, status
		   FROM invoices WHERE status = 'open' AND due_at < now() ORDER BY due_at LIMIT $1`, limit)
	return rows, err
}
