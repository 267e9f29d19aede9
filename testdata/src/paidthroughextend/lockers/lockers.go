// Package lockers stores a locker-rental business's lockers, each paid
// up to a date, in MySQL.
package lockers

import (
	"context"
	"database/sql"
	"time"
)

// Store is the lockers table.
type Store struct {
	db *sql.DB
}

// New wraps db.
func New(db *sql.DB) *Store { return &Store{db: db} }

// Locker is one rented locker.
type Locker struct {
	ID          string
	PaidThrough time.Time
}

// ExtendPaidThrough pushes the locker's paid-through date a month on
// from where it stands (or from today when it has lapsed).
func (s *Store) ExtendPaidThrough(ctx context.Context, lockerID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE lockers SET paid_through = DATE_ADD(GREATEST(paid_through, NOW()), INTERVAL 1 MONTH) WHERE id = ?`,
		lockerID)
	return err
}

// AddPaidDays pushes a tenancy's paid-until date on by days.
func (s *Store) AddPaidDays(ctx context.Context, tenancyID string, days int) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE tenancies SET paid_until = DATE_ADD(paid_until, INTERVAL ? DAY) WHERE id = ?`,
		days, tenancyID)
	return err
}

// SetPaidThrough sets the paid-through date to the period end the
// provider billed: the same date on every delivery.
func (s *Store) SetPaidThrough(ctx context.Context, lockerID string, end time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE lockers SET paid_through = ? WHERE id = ?`, end, lockerID)
	return err
}

// FirstDelivery records an event id under its primary key and reports
// whether this delivery is the first.
func (s *Store) FirstDelivery(ctx context.Context, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT IGNORE INTO processed_events (event_id) VALUES (?)`, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Get reads a locker.
func (s *Store) Get(ctx context.Context, id string) (*Locker, error) {
	l := &Locker{ID: id}
	err := s.db.QueryRowContext(ctx, `SELECT paid_through FROM lockers WHERE id = ?`, id).Scan(&l.PaidThrough)
	return l, err
}

// Save writes a locker back.
func (s *Store) Save(ctx context.Context, l *Locker) error {
	_, err := s.db.ExecContext(ctx, `UPDATE lockers SET paid_through = ? WHERE id = ?`, l.PaidThrough, l.ID)
	return err
}
