// Package pgstore implements port.Money on pgx.
package pgstore

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"

	"pv11fx/held/port"
)

var _ port.Money = (*Store)(nil)

// Store is the Postgres store.
type Store struct{ pool *pgxpool.Pool }

// The schema: what each table's rows carry.
var Schema = []string{
	`CREATE TABLE art_commissions (id text, amount_minor bigint, currency text, status text, charge_id text)`,
	`CREATE TABLE scooter_trips (id text, hold_minor bigint, currency text, status text, authorization_id text)`,
	`CREATE TABLE stock_holds (id text, sku text, amount_minor bigint, currency text, status text, payment_id text)`,
	`CREATE TABLE payment_jobs (id text, queue text, amount_minor bigint, currency text, status text, payment_id text)`,
	`CREATE TABLE allowances (id text, amount_minor bigint, currency text, status text)`,
	`CREATE TABLE app_installs (id text, shop text, amount_minor bigint, currency text, status text, charge_id text)`,
	`CREATE TABLE oauth_tokens (id text, client_id text, scope text, status text)`,
	`CREATE TABLE expenses (id text, amount_minor bigint, currency text, status text)`,
}

// ReleaseBooking pays the escrowed commission on to the artist.
func (s *Store) ReleaseBooking(ctx context.Context, chargeID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE art_commissions SET status = 'released' WHERE charge_id = $1`, chargeID)
	return err
}

// AuthoriseTrip records the pre-authorisation hold placed for a trip.
func (s *Store) AuthoriseTrip(ctx context.Context, authID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE scooter_trips SET status = 'authorised' WHERE authorization_id = $1`, authID)
	return err
}

// ReleaseStockHold puts reserved stock back on the shelf.
func (s *Store) ReleaseStockHold(ctx context.Context, paymentID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE stock_holds SET status = 'released' WHERE payment_id = $1`, paymentID)
	return err
}

// ReleaseJob hands a job back to its queue.
func (s *Store) ReleaseJob(ctx context.Context, paymentID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE payment_jobs SET status = 'released' WHERE payment_id = $1`, paymentID)
	return err
}

// ReleaseAllowance frees a team's budget: no payment behind the row.
func (s *Store) ReleaseAllowance(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, `UPDATE allowances SET status = 'released' WHERE id = $1`, id)
	return err
}

// AuthorizeApp records that a shop authorised the app's install.
func (s *Store) AuthorizeApp(ctx context.Context, chargeID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE app_installs SET status = 'authorized' WHERE charge_id = $1`, chargeID)
	return err
}

// AuthorizeToken records an OAuth consent.
func (s *Store) AuthorizeToken(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, `UPDATE oauth_tokens SET status = 'authorized' WHERE id = $1`, id)
	return err
}

// AuthoriseExpense records a manager's approval: money nobody holds.
func (s *Store) AuthoriseExpense(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, `UPDATE expenses SET status = 'authorised' WHERE id = $1`, id)
	return err
}
