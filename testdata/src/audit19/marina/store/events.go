package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Events remembers provider notifications already handled.
type Events struct {
	pool *pgxpool.Pool
}

// NewEvents returns the event log.
func NewEvents(pool *pgxpool.Pool) *Events { return &Events{pool: pool} }

// FirstDelivery records the event and reports whether it was new.
func (e *Events) FirstDelivery(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := e.pool.Exec(ctx,
		`INSERT INTO provider_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
		provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// FuelSales stores fuel-dock terminal sales.
type FuelSales struct {
	pool *pgxpool.Pool
}

// NewFuelSales returns the fuel sales repository.
func NewFuelSales(pool *pgxpool.Pool) *FuelSales { return &FuelSales{pool: pool} }

// MarkCompleted marks a pump sale as paid.
func (f *FuelSales) MarkCompleted(ctx context.Context, checkoutID, paymentID string) error {
	_, err := f.pool.Exec(ctx,
		`UPDATE fuel_sales SET status = 'completed', payment_id = $2 WHERE checkout_id = $1`,
		checkoutID, paymentID)
	return err
}
