package store

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Appointments stores bookings and their deposits.
type Appointments struct {
	Repo[Appointment]
}

func NewAppointments(db *gorm.DB) *Appointments {
	return &Appointments{Repo[Appointment]{DB: db}}
}

// SetDepositRef records the provider reference of a deposit being collected.
func (s *Appointments) SetDepositRef(ctx context.Context, id int64, ref string) error {
	return s.DB.WithContext(ctx).Model(&Appointment{}).Where("id = ?", id).
		Updates(map[string]any{"deposit_ref": ref, "deposit_status": "pending", "updated_at": time.Now()}).Error
}

// MarkDepositPaid confirms the booking once its deposit is paid.
func (s *Appointments) MarkDepositPaid(ctx context.Context, ref string) error {
	return s.DB.WithContext(ctx).Model(&Appointment{}).Where("deposit_ref = ?", ref).
		Updates(map[string]any{"deposit_status": "paid", "status": "confirmed", "updated_at": time.Now()}).Error
}

// MarkDepositPaidByID is MarkDepositPaid for flows that know the booking id.
func (s *Appointments) MarkDepositPaidByID(ctx context.Context, id int64) error {
	return s.DB.WithContext(ctx).Model(&Appointment{}).Where("id = ?", id).
		Updates(map[string]any{"deposit_status": "paid", "status": "confirmed", "updated_at": time.Now()}).Error
}

// MarkDepositRefunded records a refunded deposit after a cancellation.
func (s *Appointments) MarkDepositRefunded(ctx context.Context, id int64) error {
	return s.DB.WithContext(ctx).Model(&Appointment{}).Where("id = ?", id).
		Updates(map[string]any{"deposit_status": "refunded", "status": "canceled"}).Error
}

// NoShows lists the Mexican and Argentine bookings past their grace period
// with no fee charged yet.
func (s *Appointments) NoShows(ctx context.Context, before time.Time) ([]Appointment, error) {
	return s.Where(ctx, "country IN ? AND status = ? AND starts_at < ? AND no_show_fee_ref = ''",
		[]Country{Mexico, Argentina}, "booked", before)
}

// SetNoShowFee records the fee's PaymentIntent.
func (s *Appointments) SetNoShowFee(ctx context.Context, id int64, ref, status string) error {
	return s.DB.WithContext(ctx).Model(&Appointment{}).Where("id = ?", id).
		Updates(map[string]any{"no_show_fee_ref": ref, "status": status}).Error
}
