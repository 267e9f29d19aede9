package payouts

import (
	"context"
	"database/sql"
)

// Ledger is the instructor_payouts table; app.New wires it into the
// Connect webhook.
type Ledger struct{ DB *sql.DB }

// MarkTransferPaid records the final state; replays write the same row.
func (l *Ledger) MarkTransferPaid(ctx context.Context, transferID string) error {
	_, err := l.DB.ExecContext(ctx, `UPDATE instructor_payouts SET status = 'paid' WHERE transfer_id = $1`, transferID)
	return err
}

// MarkTransferFailed flags the payout for the finance team.
func (l *Ledger) MarkTransferFailed(ctx context.Context, transferID string) error {
	_, err := l.DB.ExecContext(ctx, `UPDATE instructor_payouts SET status = 'failed' WHERE transfer_id = $1`, transferID)
	return err
}
