package store

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// Sales stores in-club terminal sales.
type Sales struct {
	db *sqlx.DB
}

func NewSales(db *sqlx.DB) *Sales { return &Sales{db: db} }

// Complete marks a sale paid and releases the goods at the front desk.
func (s *Sales) Complete(ctx context.Context, ref, pspReference string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE sales SET status = 'paid', psp_reference = $2, released_at = now() WHERE ref = $1`,
		ref, pspReference)
	return err
}

// Status returns the stored status of a sale.
func (s *Sales) Status(ctx context.Context, ref string) (string, error) {
	var st string
	err := s.db.GetContext(ctx, &st, `SELECT status FROM sales WHERE ref = $1`, ref)
	return st, err
}
