// Package settle: a coworking space's booking use cases, answering
// whether they changed the stored booking.
package settle

import (
	"context"
	"database/sql"
)

// Booking is a stored desk booking.
type Booking struct {
	Ref   string
	Email string
	Paid  bool
}

// Repo loads and saves bookings.
type Repo interface {
	Load(ctx context.Context, ref string) (*Booking, error)
	MarkPaid(ctx context.Context, ref string) error
}

// Service settles bookings.
type Service struct {
	repo Repo
	db   *sql.DB
}

// New returns the service.
func New(repo Repo, db *sql.DB) *Service { return &Service{repo: repo, db: db} }

// ApplyPaid marks the booking paid and answers true only when it was not
// paid yet: a second delivery gets false.
func (s *Service) ApplyPaid(ctx context.Context, ref string) (bool, error) {
	b, err := s.repo.Load(ctx, ref)
	if err != nil {
		return false, err
	}
	if b.Paid {
		return false, nil
	}
	if err := s.repo.MarkPaid(ctx, ref); err != nil {
		return false, err
	}
	return true, nil
}

// MarkPaidIfPending moves a pending booking to paid in one statement and
// answers whether this call moved it.
func (s *Service) MarkPaidIfPending(ctx context.Context, ref string) (bool, error) {
	res, err := s.db.ExecContext(ctx, claimSQL, ref)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	return n == 1, nil
}

const claimSQL = `UPDATE bookings SET status = 'paid' WHERE ref = $1 AND status = 'pending'`

// Touch marks the booking paid and answers true whatever it was before.
func (s *Service) Touch(ctx context.Context, ref string) (bool, error) {
	if err := s.repo.MarkPaid(ctx, ref); err != nil {
		return false, err
	}
	return true, nil
}

// MovePending moves a pending booking to paid and answers the rows moved.
func (s *Service) MovePending(ctx context.Context, ref string) (int64, error) {
	res, err := s.db.ExecContext(ctx, claimSQL, ref)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
