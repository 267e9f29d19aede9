// Package store implements the domain ports on Postgres (pgx, sqlx), GORM
// and MongoDB.
package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit9/mobility/domain"
)

// Rides is the Postgres ride table.
type Rides struct {
	pool *pgxpool.Pool
}

// NewRides returns a ride store on pool.
func NewRides(pool *pgxpool.Pool) *Rides { return &Rides{pool: pool} }

func (s *Rides) Get(ctx context.Context, id string) (*domain.Ride, error) {
	var r domain.Ride
	err := s.pool.QueryRow(ctx, `SELECT id, rider_id, vehicle_id, region, provider, preauth_ref,
		hold_cents, fare_cents, currency, status, customer_id, payment_method
		FROM rides WHERE id = $1`, id).Scan(&r.ID, &r.RiderID, &r.VehicleID, &r.Region,
		&r.Provider, &r.PreauthRef, &r.HoldCents, &r.FareCents, &r.Currency, &r.Status,
		&r.CustomerID, &r.PaymentMeth)
	if err != nil {
		return nil, fmt.Errorf("ride %s: %w", id, err)
	}
	return &r, nil
}

func (s *Rides) Create(ctx context.Context, r *domain.Ride) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO rides (id, rider_id, vehicle_id, region, hold_cents, currency, status)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, r.ID, r.RiderID, r.VehicleID, r.Region, r.HoldCents, r.Currency, r.Status)
	return err
}

func (s *Rides) SetStatus(ctx context.Context, id string, st domain.RideStatus) error {
	_, err := s.pool.Exec(ctx, `UPDATE rides SET status = $2 WHERE id = $1`, id, st)
	return err
}

func (s *Rides) SetPreauth(ctx context.Context, id, provider, ref string) error {
	_, err := s.pool.Exec(ctx, `UPDATE rides SET provider = $2, preauth_ref = $3 WHERE id = $1`, id, provider, ref)
	return err
}

// MarkAuthorized flips the ride holding the pre-authorization ref to
// authorized, so the app can unlock the scooter.
func (s *Rides) MarkAuthorized(ctx context.Context, ref string) error {
	_, err := s.pool.Exec(ctx, `UPDATE rides SET status = 'authorized' WHERE preauth_ref = $1 AND status = 'requested'`, ref)
	return err
}

// Events is the processed-webhook table; (provider, event_id) is unique.
type Events struct {
	pool *pgxpool.Pool
}

// NewEvents returns an event log on pool.
func NewEvents(pool *pgxpool.Pool) *Events { return &Events{pool: pool} }

// Claim records the event and reports whether this is its first delivery.
func (e *Events) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := e.pool.Exec(ctx, `INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2)
		ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}
