// Package walletstore keeps the club's bookings, refunds and payouts in
// MySQL.
package walletstore

import (
	"context"
	"database/sql"
)

// Bookings stores court bookings.
type Bookings struct{ db *sql.DB }

// NewBookings returns a store on db.
func NewBookings(db *sql.DB) *Bookings { return &Bookings{db: db} }

// MarkPaidByRef confirms the booking the wallet payment ref belongs to.
func (s *Bookings) MarkPaidByRef(ctx context.Context, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET status = 'confirmed' WHERE provider = 'wallet' AND provider_ref = ?`, ref)
	return err
}

// Refunds stores refunds of rained-out courts.
type Refunds struct{ db *sql.DB }

// NewRefunds returns a store on db.
func NewRefunds(db *sql.DB) *Refunds { return &Refunds{db: db} }

// SetRefundStatus records the wallet's refund state.
func (s *Refunds) SetRefundStatus(ctx context.Context, refundID, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE refunds SET status = ? WHERE wallet_refund_id = ?`, status, refundID)
	return err
}

// Payouts stores the wallet's payouts to the club.
type Payouts struct{ db *sql.DB }

// NewPayouts returns a store on db.
func NewPayouts(db *sql.DB) *Payouts { return &Payouts{db: db} }

// MarkSettled records that the payout reached the club's account.
func (s *Payouts) MarkSettled(ctx context.Context, payoutID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE payouts SET status = 'settled' WHERE id = ?`, payoutID)
	return err
}
