// Package wallet keeps patient wallet credits: money paid over the amount
// finally owed (insurance paid more than estimated) is kept for the next
// visit, and loyalty points earned by referrals.
package wallet

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

func NewStore(db *sql.DB) *Store { return &Store{db: db} }

// CreditOverpayment adds the overpaid amount to the patient's wallet.
func (s *Store) CreditOverpayment(ctx context.Context, patientID string, cents int64) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE patient_wallets SET balance = balance + $1 WHERE patient_id = $2`, cents, patientID)
	return err
}

// AddReferralPoints credits loyalty points (not money) for a referral.
func (s *Store) AddReferralPoints(ctx context.Context, patientID string, points int) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE loyalty_accounts SET points = points + $1 WHERE patient_id = $2`, points, patientID)
	return err
}

// SeenEvent records a provider event id; false when it was already there.
func (s *Store) SeenEvent(ctx context.Context, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 0, err
}
