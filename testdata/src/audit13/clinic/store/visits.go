// Package store implements the clinic's persistence on Postgres.
package store

import (
	"context"
	"errors"
	"time"

	"audit13/clinic/domain"

	"gorm.io/gorm"
)

type visitRow struct {
	ID            string `gorm:"primaryKey"`
	AppointmentID string
	PatientID     string
	Region        string
	CopayCents    int64
	Currency      string
	PaymentRef    string
	PaymentStatus string
	UpdatedAt     time.Time
}

func (visitRow) TableName() string { return "visits" }

// Visits is the gorm-backed domain.VisitStore.
type Visits struct {
	db *gorm.DB
}

// NewVisits returns a visit store.
func NewVisits(db *gorm.DB) *Visits { return &Visits{db: db} }

var _ domain.VisitStore = (*Visits)(nil)

func (s *Visits) Get(ctx context.Context, id string) (*domain.Visit, error) {
	var r visitRow
	if err := s.db.WithContext(ctx).First(&r, "id = ?", id).Error; err != nil {
		return nil, err
	}
	v := domain.Visit(r)
	return &v, nil
}

func (s *Visits) ListUnpaid(ctx context.Context, olderThan time.Duration, limit int) ([]domain.Visit, error) {
	var rows []visitRow
	err := s.db.WithContext(ctx).
		Where("payment_status IN ('', 'pending') AND updated_at < ?", time.Now().Add(-olderThan)).
		Find(&rows).Error
	if err != nil {
		return nil, err
	}
	out := make([]domain.Visit, 0, len(rows))
	for _, r := range rows {
		if len(out) == limit {
			break
		}
		out = append(out, domain.Visit(r))
	}
	return out, nil
}

func (s *Visits) SetPaymentRef(ctx context.Context, id, ref string) error {
	return s.db.WithContext(ctx).Model(&visitRow{}).Where("id = ?", id).
		Updates(map[string]any{"payment_ref": ref, "payment_status": "pending", "updated_at": time.Now()}).Error
}

// MarkPaid sets the visit's copay as paid.
func (s *Visits) MarkPaid(ctx context.Context, id, providerRef string) error {
	res := s.db.WithContext(ctx).Model(&visitRow{}).Where("id = ?", id).
		Updates(map[string]any{"payment_status": "paid", "payment_ref": providerRef, "updated_at": time.Now()})
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return errors.Join(domain.ErrNotFound, errors.New(id))
	}
	return nil
}
