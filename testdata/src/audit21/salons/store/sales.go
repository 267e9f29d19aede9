package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// Sales stores front-desk sales, their PIX charges and OXXO vouchers.
type Sales struct {
	Repo[Sale]
}

func NewSales(db *gorm.DB) *Sales { return &Sales{Repo[Sale]{DB: db}} }

// MarkPaid sets a sale paid by its provider reference.
func (s *Sales) MarkPaid(ctx context.Context, ref string) error {
	return s.DB.WithContext(ctx).Model(&Sale{}).Where("provider_ref = ?", ref).Update("status", "paid").Error
}

// SetProviderRef records where the sale is being collected.
func (s *Sales) SetProviderRef(ctx context.Context, id int64, method, ref string) error {
	return s.DB.WithContext(ctx).Model(&Sale{}).Where("id = ?", id).
		Updates(map[string]any{"method": method, "provider_ref": ref, "status": "pending"}).Error
}

// SavePix records a new immediate charge.
func (s *Sales) SavePix(ctx context.Context, c *PixCharge) error {
	return s.DB.WithContext(ctx).Create(c).Error
}

// ClaimPixPaid moves a PIX charge from pending to paid; false when it was
// not pending (already paid by an earlier delivery, or unknown).
func (s *Sales) ClaimPixPaid(ctx context.Context, txid, e2e string) (bool, error) {
	res := s.DB.WithContext(ctx).Exec(
		`UPDATE pix_charges SET status = 'paid', end_to_end_id = ? WHERE tx_id = ? AND status = 'pending'`, e2e, txid)
	return res.RowsAffected == 1, res.Error
}

// PixCharge loads a charge by txid.
func (s *Sales) PixCharge(ctx context.Context, txid string) (*PixCharge, error) {
	var c PixCharge
	err := s.DB.WithContext(ctx).First(&c, "tx_id = ?", txid).Error
	return &c, err
}

// SaveVoucher records an OXXO voucher.
func (s *Sales) SaveVoucher(ctx context.Context, v *Voucher) error {
	return s.DB.WithContext(ctx).Create(v).Error
}

// SetVoucherStatus updates a voucher by reference.
func (s *Sales) SetVoucherStatus(ctx context.Context, ref, status string) error {
	return s.DB.WithContext(ctx).Model(&Voucher{}).Where("reference = ?", ref).Update("status", status).Error
}

// RecordCash writes the cash ledger line of a collected payment.
func (s *Sales) RecordCash(ctx context.Context, salonID int64, ref string, cents int64, currency string) error {
	return s.DB.WithContext(ctx).Exec(
		`INSERT INTO ledger_entries (salon_id, kind, reference, amount_cents, currency, created_at) VALUES (?, 'collected', ?, ?, ?, now())`,
		salonID, ref, cents, currency).Error
}

// VoucherByRef loads a voucher.
func (s *Sales) VoucherByRef(ctx context.Context, ref string) (*Voucher, error) {
	var v Voucher
	if err := s.DB.WithContext(ctx).Where("reference = ?", ref).First(&v).Error; err != nil {
		return nil, fmt.Errorf("voucher %s: %w", ref, err)
	}
	return &v, nil
}
