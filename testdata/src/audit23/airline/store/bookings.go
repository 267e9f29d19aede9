// Package store persists bookings, ancillaries, refunds and commissions.
package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit23/airline/domain"
)

// Repo is a small generic gorm repository.
type Repo[T any] struct {
	db *gorm.DB
}

func NewRepo[T any](db *gorm.DB) *Repo[T] { return &Repo[T]{db: db} }

func (r *Repo[T]) Get(ctx context.Context, id int64) (*T, error) {
	var v T
	tx := r.db.WithContext(ctx).First(&v, id)
	if tx.Error != nil {
		return nil, tx.Error
	}
	if tx.RowsAffected == 0 {
		return nil, domain.ErrNotFound
	}
	return &v, nil
}

func (r *Repo[T]) Save(ctx context.Context, v *T) error {
	return r.db.WithContext(ctx).Save(v).Error
}

type Bookings struct {
	*Repo[domain.Booking]
	db *gorm.DB
}

func NewBookings(db *gorm.DB) *Bookings {
	return &Bookings{Repo: NewRepo[domain.Booking](db), db: db}
}

func (s *Bookings) ByPNR(ctx context.Context, pnr string) (*domain.Booking, error) {
	var b domain.Booking
	if err := s.db.WithContext(ctx).Where("pnr = ?", pnr).First(&b).Error; err != nil {
		return nil, err
	}
	return &b, nil
}

// SetStatus moves a booking to st.
func (s *Bookings) SetStatus(ctx context.Context, pnr string, st domain.BookingStatus) error {
	return s.db.WithContext(ctx).Model(&domain.Booking{}).
		Where("pnr = ?", pnr).
		Updates(map[string]any{"status": st, "updated_at": time.Now()}).Error
}

// MarkPaid records the provider reference and moves the booking to paid.
func (s *Bookings) MarkPaid(ctx context.Context, pnr, provider, ref string) error {
	return s.db.WithContext(ctx).Model(&domain.Booking{}).
		Where("pnr = ? AND status IN ?", pnr, []domain.BookingStatus{domain.BookingHeld, domain.BookingPending}).
		Updates(map[string]any{"status": domain.BookingPaid, "provider": provider, "provider_ref": ref}).Error
}

// PendingOlderThan lists bookings still waiting for a payment.
func (s *Bookings) PendingOlderThan(ctx context.Context, age time.Duration) ([]domain.Booking, error) {
	var out []domain.Booking
	err := s.db.WithContext(ctx).
		Where("status = ? AND updated_at < ?", domain.BookingPending, time.Now().Add(-age)).
		Find(&out).Error
	return out, err
}

// ExpiredHolds lists held bookings past their hold time.
func (s *Bookings) ExpiredHolds(ctx context.Context, now time.Time) ([]domain.Booking, error) {
	var out []domain.Booking
	err := s.db.WithContext(ctx).Where("status = ? AND hold_until < ?", domain.BookingHeld, now).Find(&out).Error
	return out, err
}

type Ancillaries struct{ db *gorm.DB }

func NewAncillaries(db *gorm.DB) *Ancillaries { return &Ancillaries{db: db} }

func (s *Ancillaries) Add(ctx context.Context, a *domain.Ancillary) error {
	return s.db.WithContext(ctx).Create(a).Error
}

// Grant marks the ancillary as issued so check-in shows it.
func (s *Ancillaries) Grant(ctx context.Context, id int64, paymentRef string) error {
	return s.db.WithContext(ctx).Model(&domain.Ancillary{}).Where("id = ?", id).
		Updates(map[string]any{"status": "issued", "payment_ref": paymentRef}).Error
}

type Refunds struct{ db *gorm.DB }

func NewRefunds(db *gorm.DB) *Refunds { return &Refunds{db: db} }

func (s *Refunds) Pending(ctx context.Context) ([]domain.Refund, error) {
	var out []domain.Refund
	err := s.db.WithContext(ctx).Where("status = ? AND method = ?", "requested", "original").Find(&out).Error
	return out, err
}

func (s *Refunds) SetStatus(ctx context.Context, id int64, status, ref string) error {
	return s.db.WithContext(ctx).Model(&domain.Refund{}).Where("id = ?", id).
		Updates(map[string]any{"status": status, "provider_ref": ref}).Error
}

func (s *Refunds) Create(ctx context.Context, r *domain.Refund) error {
	return s.db.WithContext(ctx).Create(r).Error
}

func (s *Refunds) IssueVoucher(ctx context.Context, v *domain.Voucher) error {
	return s.db.WithContext(ctx).Create(v).Error
}

// SetProviderRef remembers the provider's reference of the payment in flight.
func (s *Bookings) SetProviderRef(ctx context.Context, pnr, provider, ref string) error {
	return s.db.WithContext(ctx).Model(&domain.Booking{}).Where("pnr = ?", pnr).
		Updates(map[string]any{"provider": provider, "provider_ref": ref}).Error
}

func (s *Bookings) ByProviderRef(ctx context.Context, provider, ref string) (*domain.Booking, error) {
	var b domain.Booking
	tx := s.db.WithContext(ctx).Where("provider = ? AND provider_ref = ?", provider, ref).First(&b)
	if tx.Error != nil {
		return nil, tx.Error
	}
	if tx.RowsAffected == 0 {
		return nil, domain.ErrNotFound
	}
	return &b, nil
}
