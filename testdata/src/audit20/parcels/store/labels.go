package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Labels persists label orders with gorm.
type Labels struct {
	db *gorm.DB
}

func NewLabels(db *gorm.DB) *Labels { return &Labels{db: db} }

func (s *Labels) Create(ctx context.Context, o *LabelOrder) error {
	return s.db.WithContext(ctx).Create(o).Error
}

func (s *Labels) Get(ctx context.Context, id string) (*LabelOrder, error) {
	var o LabelOrder
	res := s.db.WithContext(ctx).Where("id = ?", id).Find(&o)
	if res.Error != nil {
		return nil, res.Error
	}
	if res.RowsAffected == 0 {
		return nil, ErrNotFound
	}
	return &o, nil
}

func (s *Labels) SetProviderRef(ctx context.Context, id, provider, ref string) error {
	return s.db.WithContext(ctx).Model(&LabelOrder{}).Where("id = ?", id).
		Updates(map[string]any{"provider": provider, "provider_ref": ref}).Error
}

// MarkPaid records that the provider took the money for an order.
func (s *Labels) MarkPaid(ctx context.Context, id, providerRef string) error {
	now := time.Now()
	return s.db.WithContext(ctx).Model(&LabelOrder{}).
		Where("id = ? AND status = ?", id, LabelPending).
		Updates(map[string]any{"status": LabelPaid, "paid_at": &now, "provider_ref": providerRef}).Error
}

// MarkPaidByRef is MarkPaid keyed by the provider's reference.
func (s *Labels) MarkPaidByRef(ctx context.Context, providerRef string) error {
	now := time.Now()
	return s.db.WithContext(ctx).Model(&LabelOrder{}).
		Where("provider_ref = ? AND status = ?", providerRef, LabelPending).
		Updates(map[string]any{"status": LabelPaid, "paid_at": &now}).Error
}

// Issue generates the order's labels and marks the order issued.
func (s *Labels) Issue(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var o LabelOrder
		if err := tx.Where("id = ?", id).First(&o).Error; err != nil {
			return err
		}
		if o.Status == LabelIssued {
			return nil
		}
		for i := 0; i < o.Quantity; i++ {
			l := Label{ID: newID("lbl"), LabelOrderID: o.ID, TrackingNo: trackingNo(o.Country)}
			if err := tx.Create(&l).Error; err != nil {
				return err
			}
		}
		now := time.Now()
		return tx.Model(&LabelOrder{}).Where("id = ?", o.ID).
			Updates(map[string]any{"status": LabelIssued, "issued_at": &now}).Error
	})
}

func (s *Labels) Cancel(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&LabelOrder{}).Where("id = ?", id).Update("status", LabelCancelled).Error
}

func newID(prefix string) string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return prefix + "_" + hex.EncodeToString(b)
}

func trackingNo(country string) string {
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	return fmt.Sprintf("PX%s%X", country, b)
}
