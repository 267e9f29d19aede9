// Package sqlstore keeps purchases and rentals over database/sql.
package sqlstore

import (
	"context"
	"database/sql"
)

// Purchases is the purchase repository.
type Purchases struct{ db *sql.DB }

// NewPurchases returns the repository.
func NewPurchases(db *sql.DB) *Purchases { return &Purchases{db: db} }

// Forward marks the purchase shipped: the warehouse sends the records.
func (p *Purchases) Forward(ctx context.Context, ref string) error {
	_, err := p.db.ExecContext(ctx, `UPDATE purchases SET status = 'shipped', shipped_at = now() WHERE ref = $1`, ref)
	return err
}

// Reservations holds listening-booth reservations.
type Reservations struct{ db *sql.DB }

// NewReservations returns the repository.
func NewReservations(db *sql.DB) *Reservations { return &Reservations{db: db} }

// Forward releases the booth a reservation held: freed, nothing handed over.
func (r *Reservations) Forward(ctx context.Context, ref string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE reservations SET status = 'released' WHERE ref = $1`, ref)
	return err
}
