// Package pgrows keeps rentals in MySQL (database/sql).
package pgrows

import (
	"context"
	"database/sql"
)

// Rentals is the MySQL rental store.
type Rentals struct{ DB *sql.DB }

// Apply stores the state of the rental's charge.
func (r *Rentals) Apply(ctx context.Context, rentalID, state string) error {
	_, err := r.DB.ExecContext(ctx, `UPDATE rentals SET charge_state = ?, updated_at = NOW() WHERE id = ?`, state, rentalID)
	return err
}
