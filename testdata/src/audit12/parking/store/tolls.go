package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit12/parking/domain"
)

// TollLedgerEntry is one line of the toll accounts ledger.
type TollLedgerEntry struct {
	ID          uint `gorm:"primaryKey"`
	AccountID   string
	InvoiceID   string
	AmountCents int
	Kind        string
	CreatedAt   time.Time
}

// TollInvoices stores toll invoices (table toll_invoices) through GORM.
type TollInvoices struct {
	db *gorm.DB
}

// NewTollInvoices returns a toll invoice store.
func NewTollInvoices(db *gorm.DB) *TollInvoices { return &TollInvoices{db: db} }

func (t *TollInvoices) where(ctx context.Context, q string, arg any) *gorm.DB {
	return t.db.WithContext(ctx).Table("toll_invoices").Where(q, arg)
}

// Due returns invoices ready for collection.
func (t *TollInvoices) Due(ctx context.Context, limit int) ([]domain.TollInvoice, error) {
	var out []domain.TollInvoice
	err := t.where(ctx, "status = ?", "due").Find(&out).Error
	return out[:min(limit, len(out))], err
}

// FailedForRepresent returns invoices whose first collection failed.
func (t *TollInvoices) FailedForRepresent(ctx context.Context, limit int) ([]domain.TollInvoice, error) {
	var out []domain.TollInvoice
	err := t.where(ctx, "status = ?", "collection_failed").Find(&out).Error
	return out[:min(limit, len(out))], err
}

// ByPayment loads the invoice collected by a GoCardless payment.
func (t *TollInvoices) ByPayment(ctx context.Context, paymentID string) (*domain.TollInvoice, error) {
	var inv domain.TollInvoice
	if err := t.where(ctx, "go_cardless_payment_id = ?", paymentID).First(&inv).Error; err != nil {
		return nil, err
	}
	return &inv, nil
}

// SetCollecting stores the GoCardless payment of an invoice.
func (t *TollInvoices) SetCollecting(ctx context.Context, id, paymentID string) error {
	return t.where(ctx, "id = ?", id).Updates(map[string]any{"status": "collecting", "go_cardless_payment_id": paymentID}).Error
}

// MarkPaid marks an invoice paid.
func (t *TollInvoices) MarkPaid(ctx context.Context, id string) error {
	return t.where(ctx, "id = ?", id).Update("status", "paid").Error
}

// MarkCollectionFailed marks an invoice whose debit failed.
func (t *TollInvoices) MarkCollectionFailed(ctx context.Context, id string) error {
	return t.where(ctx, "id = ?", id).Update("status", "collection_failed").Error
}
