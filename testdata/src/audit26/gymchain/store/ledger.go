package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Ledger holds payouts, refunds and training packages.
type Ledger struct {
	db *pgxpool.Pool
}

func NewLedger(db *pgxpool.Pool) *Ledger { return &Ledger{db: db} }

func (l *Ledger) SetPayoutStatus(ctx context.Context, payoutID, status string) error {
	_, err := l.db.Exec(ctx, `UPDATE franchise_payouts SET status = $2, updated_at = now() WHERE id = $1`, payoutID, status)
	return err
}

func (l *Ledger) SetPayoutProviderRef(ctx context.Context, payoutID, ref string) error {
	_, err := l.db.Exec(ctx, `UPDATE franchise_payouts SET provider_ref = $2, status = 'sent' WHERE id = $1`, payoutID, ref)
	return err
}

func (l *Ledger) MarkRefunded(ctx context.Context, refundID, providerRef string) error {
	_, err := l.db.Exec(ctx, `UPDATE refunds SET status = 'refunded', provider_ref = $2 WHERE id = $1`, refundID, providerRef)
	return err
}

func (l *Ledger) SetRefundStatus(ctx context.Context, refundID, status string) error {
	_, err := l.db.Exec(ctx, `UPDATE refunds SET status = $2 WHERE id = $1`, refundID, status)
	return err
}

// AddSessions credits a personal-training package with bought sessions.
func (l *Ledger) AddSessions(ctx context.Context, packageID string, n int) error {
	_, err := l.db.Exec(ctx, `UPDATE training_packages SET sessions_left = sessions_left + $2 WHERE id = $1`, packageID, n)
	return err
}

// RecordDelivery stores a webhook delivery once; it answers false when the
// delivery was seen before.
func (l *Ledger) RecordDelivery(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := l.db.Exec(ctx, `INSERT INTO webhook_deliveries (provider, event_id, received_at)
		VALUES ($1, $2, now()) ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

func (l *Ledger) MarkPaymentPaid(ctx context.Context, provider, ref string) error {
	_, err := l.db.Exec(ctx, `UPDATE payments SET status = 'paid', paid_at = now() WHERE provider = $1 AND provider_ref = $2`, provider, ref)
	return err
}

// NextProcessingACH returns the oldest US ACH payment still processing.
func (l *Ledger) NextProcessingACH(ctx context.Context) (string, error) {
	var id string
	err := l.db.QueryRow(ctx, `SELECT provider_ref FROM payments WHERE provider = 'stripe' AND method = 'us_bank_account'
		AND status = 'processing' ORDER BY created_at LIMIT 1`).Scan(&id)
	return id, err
}
