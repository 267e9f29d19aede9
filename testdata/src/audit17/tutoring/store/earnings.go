package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"audit17/tutoring/domain"
)

// Earnings is the pgx-backed ledger of what tutors are owed.
type Earnings struct {
	pool *pgxpool.Pool
	db   *gorm.DB
}

// NewEarnings returns an earnings store.
func NewEarnings(pool *pgxpool.Pool, db *gorm.DB) *Earnings { return &Earnings{pool: pool, db: db} }

// Unpaid lists earning rows not yet paid out, oldest first.
func (s *Earnings) Unpaid(ctx context.Context, limit int) ([]domain.Earning, error) {
	var out []domain.Earning
	err := s.db.WithContext(ctx).Table("tutor_earnings").Where("paid_at IS NULL").Find(&out).Error
	if len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

const insertEarning = `INSERT INTO tutor_earnings (tutor_id, booking_id, amount_minor) VALUES ($1, $2, $3)`

// Add records money owed to a tutor for a booking.
func (s *Earnings) Add(ctx context.Context, tutorID, bookingID, amount int64) error {
	_, err := s.pool.Exec(ctx, insertEarning, tutorID, bookingID, amount)
	return err
}

// Get loads one earning row.
func (s *Earnings) Get(ctx context.Context, id int64) (*domain.Earning, error) {
	var e domain.Earning
	err := s.pool.QueryRow(ctx, `SELECT id, tutor_id, booking_id, amount_minor, fund_account_id
		FROM tutor_earnings WHERE id = $1`, id).Scan(&e.ID, &e.TutorID, &e.BookingID, &e.AmountMinor, &e.FundAccountID)
	return &e, err
}

// MarkPaidOut stores the payout id on an earning row.
func (s *Earnings) MarkPaidOut(ctx context.Context, id int64, payoutID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE tutor_earnings SET payout_id = $2, paid_at = $3 WHERE id = $1`,
		id, payoutID, time.Now())
	return err
}

// Events records processed webhook deliveries.
type Events struct {
	pool *pgxpool.Pool
	rdb  *redis.Client
}

// NewEvents returns an event log.
func NewEvents(pool *pgxpool.Pool, rdb *redis.Client) *Events { return &Events{pool: pool, rdb: rdb} }

// Record inserts the event once and reports whether it was new.
func (e *Events) Record(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := e.pool.Exec(ctx, `INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2)
		ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Claim takes a short-lived redis claim on an event id.
func (e *Events) Claim(ctx context.Context, key string) (bool, error) {
	return e.rdb.SetNX(ctx, "wh:"+key, 1, 72*time.Hour).Result()
}
