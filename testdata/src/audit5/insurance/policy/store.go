// Package policy owns the policies table: activation on the first premium,
// cover extended by each monthly premium, lapses.
package policy

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Mailer sends transactional e-mail through the mail relay.
type Mailer interface {
	Send(ctx context.Context, to, template string, data map[string]string) error
}

type Store struct {
	db     *sql.DB
	mailer Mailer
}

func NewStore(db *sql.DB, m Mailer) *Store { return &Store{db: db, mailer: m} }

var ErrUnknownPayment = errors.New("policy: no policy for payment")

// ActivateOnFirstPremium flips a quoted policy to active once its first
// premium is confirmed. Only a 'quoted' row moves, so a repeat is harmless.
func (s *Store) ActivateOnFirstPremium(ctx context.Context, paymentID string) error {
	res, err := s.db.ExecContext(ctx,
		`UPDATE policies SET status = 'active', starts_at = now()
		 WHERE first_payment_id = $1 AND status = 'quoted'`, paymentID)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil || n == 0 {
		return err
	}
	var email, number string
	if err := s.db.QueryRowContext(ctx,
		`SELECT holder_email, policy_number FROM policies WHERE first_payment_id = $1`, paymentID).
		Scan(&email, &number); err != nil {
		return err
	}
	return s.mailer.Send(ctx, email, "policy-active", map[string]string{"number": number})
}

// ExtendCover records a collected monthly premium and pushes the paid-up
// date of the policy one month further.
func (s *Store) ExtendCover(ctx context.Context, paymentID string, pence int) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var policyID string
	if err := tx.QueryRowContext(ctx,
		`SELECT policy_id FROM premiums WHERE gc_payment_id = $1`, paymentID).Scan(&policyID); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return ErrUnknownPayment
		}
		return err
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO premium_ledger (policy_id, payment_id, amount_pence) VALUES ($1, $2, $3)`,
		policyID, paymentID, pence); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx,
		`UPDATE policies SET paid_until = paid_until + interval '1 month' WHERE id = $1`, policyID); err != nil {
		return fmt.Errorf("extend %s: %w", policyID, err)
	}
	return tx.Commit()
}

// MarkPremiumFailed is idempotent: the dunning worker picks failed rows up.
func (s *Store) MarkPremiumFailed(ctx context.Context, paymentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE premiums SET status = 'failed' WHERE gc_payment_id = $1`, paymentID)
	return err
}
