// Package pgstore implements domain.DonationRepository on Postgres (pgx).
package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit6/donations/give/domain"
)

// Store is the Postgres repository.
type Store struct {
	pool *pgxpool.Pool
}

// New wraps a pool.
func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

func (s *Store) Get(ctx context.Context, id string) (domain.Donation, error) {
	var d domain.Donation
	err := s.pool.QueryRow(ctx,
		`SELECT id, donor_email, campaign_id, amount_pence, currency, status FROM donations WHERE id = $1`, id).
		Scan(&d.ID, &d.DonorEmail, &d.CampaignID, &d.AmountPence, &d.Currency, &d.Status)
	if err != nil {
		return d, fmt.Errorf("load donation %s: %w", id, err)
	}
	return d, nil
}

func (s *Store) Create(ctx context.Context, d domain.Donation) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO donations (id, donor_email, campaign_id, amount_pence, currency, status) VALUES ($1, $2, $3, $4, $5, 'pending')`,
		d.ID, d.DonorEmail, d.CampaignID, d.AmountPence, d.Currency)
	return err
}

func (s *Store) MarkPaid(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, `UPDATE donations SET status = 'paid', paid_at = now() WHERE id = $1`, id)
	return err
}

func (s *Store) MarkFailed(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, `UPDATE donations SET status = 'failed' WHERE id = $1`, id)
	return err
}
