// Package store persists bookings, payouts and ledger rows.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit24/homeservices/domain"
)

// Bookings is the pgx-backed booking repository.
type Bookings struct {
	pool *pgxpool.Pool
}

func NewBookings(pool *pgxpool.Pool) *Bookings { return &Bookings{pool: pool} }

const bookingCols = `id, customer_id, pro_id, region, trade, quote_cents, deposit_cents, status, provider, provider_ref, scheduled_for, created_at`

// Get loads one booking.
func (s *Bookings) Get(ctx context.Context, id string) (domain.Booking, error) {
	var b domain.Booking
	err := s.pool.QueryRow(ctx, `SELECT `+bookingCols+` FROM bookings WHERE id = $1`, id).
		Scan(&b.ID, &b.CustomerID, &b.ProID, &b.Region, &b.Trade, &b.QuoteCents, &b.DepositCents,
			&b.Status, &b.Provider, &b.ProviderRef, &b.ScheduledFor, &b.CreatedAt)
	if err != nil {
		return b, fmt.Errorf("booking %s: %w", id, err)
	}
	return b, nil
}

// SetStatus moves a booking to a new status.
func (s *Bookings) SetStatus(ctx context.Context, id string, st domain.BookingStatus) error {
	_, err := s.pool.Exec(ctx, `UPDATE bookings SET status = $2, updated_at = now() WHERE id = $1`, id, st)
	return err
}

// AttachPayment records the provider reference for a booking.
func (s *Bookings) AttachPayment(ctx context.Context, id, provider, ref string) error {
	_, err := s.pool.Exec(ctx, `UPDATE bookings SET provider = $2, provider_ref = $3, updated_at = now() WHERE id = $1`, id, provider, ref)
	return err
}

// MarkDepositPaid flags the deposit as held and confirms the slot.
func (s *Bookings) MarkDepositPaid(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, `UPDATE bookings SET status = 'deposit_held', deposit_paid_at = now() WHERE id = $1`, id)
	return err
}

// MarkPaid flags the whole job as paid.
func (s *Bookings) MarkPaid(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, `UPDATE bookings SET status = 'paid', paid_at = now() WHERE id = $1`, id)
	return err
}

// ByProviderRef finds the booking a provider object belongs to.
func (s *Bookings) ByProviderRef(ctx context.Context, ref string) (domain.Booking, error) {
	var id string
	if err := s.pool.QueryRow(ctx, `SELECT id FROM bookings WHERE provider_ref = $1`, ref).Scan(&id); err != nil {
		return domain.Booking{}, domain.ErrNotFound
	}
	return s.Get(ctx, id)
}

// CreditPro adds to a pro's pending payout balance.
func (s *Bookings) CreditPro(ctx context.Context, proID string, cents int64, kind, ref string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO pro_ledger (pro_id, amount_cents, kind, ref) VALUES ($1, $2, $3, $4)`, proID, cents, kind, ref)
	if err != nil {
		return err
	}
	_, err = s.pool.Exec(ctx, `UPDATE pros SET pending_cents = pending_cents + $2 WHERE id = $1`, proID, cents)
	return err
}

// RecordEvent stores a provider event id once; false means it was seen.
func (s *Bookings) RecordEvent(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO provider_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Tips

// MarkTipPaid flags a tip as collected so it goes into the next payout.
func (s *Bookings) MarkTipPaid(ctx context.Context, tipID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE tips SET status = 'paid', paid_at = now() WHERE id = $1`, tipID)
	return err
}

// TipStatus returns the stored status of a tip.
func (s *Bookings) TipStatus(ctx context.Context, tipID string) (string, error) {
	var st string
	err := s.pool.QueryRow(ctx, `SELECT status FROM tips WHERE id = $1`, tipID).Scan(&st)
	return st, err
}

// Jobs is a tiny postgres-backed job queue in the spirit of river: rows in
// queue_jobs are claimed with SKIP LOCKED and retried with a growing delay.
type Jobs struct {
	pool *pgxpool.Pool
}

func NewJobs(pool *pgxpool.Pool) *Jobs { return &Jobs{pool: pool} }

// Job is one claimed row.
type Job struct {
	ID      int64
	Kind    string
	Args    []byte
	Attempt int
}

// Insert enqueues a job.
func (q *Jobs) Insert(ctx context.Context, kind string, args []byte) error {
	_, err := q.pool.Exec(ctx, `INSERT INTO queue_jobs (kind, args, state, run_at) VALUES ($1, $2, 'available', now())`, kind, args)
	return err
}

// Claim takes the next available job of a kind.
func (q *Jobs) Claim(ctx context.Context, kind string) (*Job, error) {
	var j Job
	err := q.pool.QueryRow(ctx, `UPDATE queue_jobs SET state = 'running', attempt = attempt + 1
		WHERE id = (SELECT id FROM queue_jobs WHERE kind = $1 AND state = 'available' AND run_at <= now()
		            ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
		RETURNING id, kind, args, attempt`, kind).Scan(&j.ID, &j.Kind, &j.Args, &j.Attempt)
	if err != nil {
		return nil, errors.Join(domain.ErrNotFound, err)
	}
	return &j, nil
}

// Complete marks a job done.
func (q *Jobs) Complete(ctx context.Context, id int64) error {
	_, err := q.pool.Exec(ctx, `UPDATE queue_jobs SET state = 'completed', finalized_at = now() WHERE id = $1`, id)
	return err
}

// Fail puts a job back with a delay, or discards it after maxAttempts.
func (q *Jobs) Fail(ctx context.Context, j *Job, cause error, maxAttempts int) error {
	if j.Attempt >= maxAttempts {
		_, err := q.pool.Exec(ctx, `UPDATE queue_jobs SET state = 'discarded', last_error = $2 WHERE id = $1`, j.ID, cause.Error())
		return err
	}
	delay := time.Duration(j.Attempt*j.Attempt) * 30 * time.Second
	_, err := q.pool.Exec(ctx, `UPDATE queue_jobs SET state = 'available', run_at = now() + $2::interval, last_error = $3 WHERE id = $1`,
		j.ID, fmt.Sprintf("%d seconds", int(delay.Seconds())), cause.Error())
	return err
}

// Capturing lists bookings whose balance capture has been sent but is not
// final yet.
func (s *Bookings) Capturing(ctx context.Context) ([]domain.Booking, error) {
	var ids []string
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(array_agg(id), '{}') FROM bookings WHERE status = 'completed' AND provider = 'stripe'`).Scan(&ids); err != nil {
		return nil, err
	}
	out := make([]domain.Booking, 0, len(ids))
	for _, id := range ids {
		b, err := s.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}
