// Package paidcols stores the paid state of a money object in a column
// of a business table: a booking's deposit, an order's invoice, a
// lease's guarantee.
package paidcols

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

func (s *Store) depositPaid(ctx context.Context, id string) error { // want `wrapper Store.depositPaid statewrite`
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET deposit_status = 'paid', updated_at = now() WHERE id = $1`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

func (s *Store) invoiceSettled(ctx context.Context, id string) error { // want `wrapper Store.invoiceSettled statewrite`
	_, err := s.db.ExecContext(ctx, `update work_orders set invoice_state = 'settled' where id = $1`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

func (s *Store) guaranteeCaptured(ctx context.Context, id string) error { // want `wrapper Store.guaranteeCaptured statewrite`
	_, err := s.db.ExecContext(ctx, `UPDATE leases SET card_guarantee_status = 'captured' WHERE id = $1`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

// --- silent: not a payment's status, or not a paid value ---

func (s *Store) deliveryPaid(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE parcels SET delivery_status = 'paid' WHERE id = $1`, id)
	return err
}

func (s *Store) shipped(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE parcels SET shipping_status = 'completed' WHERE id = $1`, id)
	return err
}

func (s *Store) cleaned(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE rooms SET housekeeping_status = 'clean' WHERE id = $1`, id)
	return err
}

func (s *Store) depositPending(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET deposit_status = 'pending' WHERE id = $1`, id)
	return err
}

func (s *Store) depositAuthorised(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET deposit_status = 'authorized' WHERE id = $1`, id)
	return err
}

func (s *Store) chargeDelivery(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE parcels SET charge_delivery_status = 'completed' WHERE id = $1`, id)
	return err
}

func (s *Store) logDeposit(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO deposit_events (booking_id, deposit_status) VALUES ($1, 'paid')`, id)
	return err
}
