package deposit

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// PGStore keeps deposit state in Postgres.
type PGStore struct{ pool *pgxpool.Pool }

// NewPGStore returns a Store on pool.
func NewPGStore(pool *pgxpool.Pool) *PGStore { return &PGStore{pool: pool} }

func (s *PGStore) SaveHold(ctx context.Context, rentalID, via, ref string) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE rentals SET deposit_via = $2, deposit_ref = $3, deposit_state = 'held' WHERE id = $1`,
		rentalID, via, ref)
	return err
}

func (s *PGStore) MarkCaptured(ctx context.Context, rentalID string, cents int64) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE rentals SET deposit_state = 'captured', deposit_captured_cents = $2 WHERE id = $1`,
		rentalID, cents)
	return err
}

func (s *PGStore) MarkReleased(ctx context.Context, rentalID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE rentals SET deposit_state = 'released' WHERE id = $1`, rentalID)
	return err
}
