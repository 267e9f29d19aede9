// Package store implements the persistence ports on PostgreSQL: stays and
// tabs through gorm, loyalty through pgx.
package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit15/hotel/booking"
)

type stayRow struct {
	ID             string `gorm:"primaryKey"`
	Ref            string `gorm:"uniqueIndex"`
	PropertyID     string
	GuestID        string
	GuestEmail     string
	GuestPhone     string
	CheckIn        time.Time
	CheckOut       time.Time
	Currency       string
	DepositMinor   int64
	DepositStatus  string
	PspReference   string
	PaymentLinkID  string
	StoredCardRef  string
	NoShowFeeMinor int64
	NoShowStatus   string
	CancelledAt    *time.Time
	RefundedAt     *time.Time
}

func (stayRow) TableName() string { return "stays" }

func (r stayRow) toStay() *booking.Stay {
	return &booking.Stay{
		ID: r.ID, Ref: r.Ref, PropertyID: r.PropertyID, GuestID: r.GuestID,
		GuestEmail: r.GuestEmail, GuestPhone: r.GuestPhone,
		CheckIn: r.CheckIn, CheckOut: r.CheckOut, Currency: r.Currency,
		DepositMinor: r.DepositMinor, DepositStatus: booking.DepositStatus(r.DepositStatus),
		PspReference: r.PspReference, PaymentLinkID: r.PaymentLinkID,
		StoredCardRef: r.StoredCardRef, NoShowFeeMinor: r.NoShowFeeMinor,
		CancelledAt: r.CancelledAt,
	}
}

// Stays is the gorm-backed booking.Stays.
type Stays struct{ db *gorm.DB }

// NewStays returns a store over db.
func NewStays(db *gorm.DB) *Stays { return &Stays{db: db} }

// ByRef loads one stay.
func (s *Stays) ByRef(ctx context.Context, ref string) (*booking.Stay, error) {
	var rows []stayRow
	if err := s.db.WithContext(ctx).Where("ref = ?", ref).Find(&rows).Error; err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, booking.ErrNotFound
	}
	return rows[0].toStay(), nil
}

// MarkDepositPaid records the captured deposit. Setting the same state
// twice is harmless.
func (s *Stays) MarkDepositPaid(ctx context.Context, ref, pspReference string) error {
	return s.db.WithContext(ctx).Model(&stayRow{}).Where("ref = ?", ref).
		Updates(map[string]any{"deposit_status": string(booking.DepositPaid), "psp_reference": pspReference}).Error
}

// MarkDepositHeld records an authorised but uncaptured deposit.
func (s *Stays) MarkDepositHeld(ctx context.Context, ref, pspReference string) error {
	return s.db.WithContext(ctx).Model(&stayRow{}).
		Where("ref = ? AND deposit_status = ?", ref, string(booking.DepositPending)).
		Updates(map[string]any{"deposit_status": string(booking.DepositHeld), "psp_reference": pspReference}).Error
}

// DueNoShows lists stays whose check-in day has passed without arrival
// and whose no-show fee has not been charged.
func (s *Stays) DueNoShows(ctx context.Context, now time.Time) ([]*booking.Stay, error) {
	var rows []stayRow
	err := s.db.WithContext(ctx).
		Where("no_show_status = ? AND check_in < ? AND cancelled_at IS NULL", "due", now.Truncate(24*time.Hour)).
		Find(&rows).Error
	out := make([]*booking.Stay, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.toStay())
	}
	return out, err
}

// MarkNoShowCharged flips a due fee to charged; it reports false when
// another worker got there first.
func (s *Stays) MarkNoShowCharged(ctx context.Context, id, pspReference string) (bool, error) {
	res := s.db.WithContext(ctx).Model(&stayRow{}).
		Where("id = ? AND no_show_status = ?", id, "due").
		Updates(map[string]any{"no_show_status": "charged", "no_show_psp_reference": pspReference})
	return res.RowsAffected == 1, res.Error
}

// CancelledAwaitingRefund lists cancelled stays whose paid deposit is
// refundable under the cancellation policy.
func (s *Stays) CancelledAwaitingRefund(ctx context.Context) ([]*booking.Stay, error) {
	var rows []stayRow
	err := s.db.WithContext(ctx).
		Where("cancelled_at IS NOT NULL AND refunded_at IS NULL AND deposit_status = ?", string(booking.DepositPaid)).
		Find(&rows).Error
	out := make([]*booking.Stay, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.toStay())
	}
	return out, err
}

// MarkRefunded records the refund of a cancelled stay's deposit.
func (s *Stays) MarkRefunded(ctx context.Context, id string, at time.Time) error {
	return s.db.WithContext(ctx).Model(&stayRow{}).Where("id = ?", id).
		Updates(map[string]any{"refunded_at": at, "deposit_status": string(booking.DepositRefunded)}).Error
}

// Tabs stores bar and restaurant tabs.
type Tabs struct{ db *gorm.DB }

// NewTabs returns a tab store over db.
func NewTabs(db *gorm.DB) *Tabs { return &Tabs{db: db} }

// MarkSettled closes the tab that the Square order belongs to.
func (t *Tabs) MarkSettled(ctx context.Context, squareOrderID, paymentID string) error {
	return t.db.WithContext(ctx).Table("tabs").Where("square_order_id = ?", squareOrderID).
		Updates(map[string]any{"status": "settled", "square_payment_id": paymentID}).Error
}
