package store

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Commissions stores what each stylist earned and the payouts that paid it.
type Commissions struct {
	DB *gorm.DB
}

func NewCommissions(db *gorm.DB) *Commissions { return &Commissions{DB: db} }

// Earn records a commission once per source (unique on source_ref).
func (s *Commissions) Earn(ctx context.Context, c *Commission) (bool, error) {
	return insertIgnore(ctx, s.DB, c)
}

// Unpaid sums each stylist's commissions that no payout covers yet.
func (s *Commissions) Unpaid(ctx context.Context, country Country) ([]Payout, error) {
	var out []Payout
	err := s.DB.WithContext(ctx).Raw(`
		SELECT c.stylist_id, st.account, SUM(c.amount_cents) AS amount_cents, c.currency
		FROM commissions c JOIN stylists st ON st.id = c.stylist_id
		WHERE c.payout_id IS NULL AND st.country = ?
		GROUP BY c.stylist_id, st.account, c.currency`, country).Scan(&out).Error
	return out, err
}

// OpenPayout creates the payout row and attaches the commissions to it.
func (s *Commissions) OpenPayout(ctx context.Context, p *Payout) error {
	return s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		p.Status, p.Kind = "pending", "weekly"
		if err := tx.Create(p).Error; err != nil {
			return err
		}
		return tx.Exec(`UPDATE commissions SET payout_id = ? WHERE stylist_id = ? AND payout_id IS NULL`, p.ID, p.StylistID).Error
	})
}

// Pending lists the payouts not sent yet.
func (s *Commissions) Pending(ctx context.Context) ([]Payout, error) {
	var out []Payout
	err := s.DB.WithContext(ctx).Where("status = ?", "pending").Find(&out).Error
	return out, err
}

// Processing lists the payouts sent and not settled.
func (s *Commissions) Processing(ctx context.Context) ([]Payout, error) {
	var out []Payout
	err := s.DB.WithContext(ctx).Where("status = ?", "processing").Find(&out).Error
	return out, err
}

// Claim moves a payout from pending to processing; false when another
// worker got it first.
func (s *Commissions) Claim(ctx context.Context, id int64) (bool, error) {
	res := s.DB.WithContext(ctx).Model(&Payout{}).Where("id = ? AND status = ?", id, "pending").
		Updates(map[string]any{"status": "processing", "updated_at": time.Now()})
	return res.RowsAffected == 1, res.Error
}

// SetPayoutStatus records the rail's answer.
func (s *Commissions) SetPayoutStatus(ctx context.Context, id int64, providerID, status string) error {
	return s.DB.WithContext(ctx).Model(&Payout{}).Where("id = ?", id).
		Updates(map[string]any{"provider_id": providerID, "status": status, "updated_at": time.Now()}).Error
}

// MarkByProvider records a status the rail reported for its transfer id.
func (s *Commissions) MarkByProvider(ctx context.Context, providerID, status string) error {
	return s.DB.WithContext(ctx).Model(&Payout{}).Where("provider_id = ?", providerID).
		Updates(map[string]any{"status": status, "updated_at": time.Now()}).Error
}

// Release detaches the commissions of a returned payout so that next
// week's run pays them again.
func (s *Commissions) Release(ctx context.Context, providerID string) error {
	return s.DB.WithContext(ctx).Exec(
		`UPDATE commissions SET payout_id = NULL WHERE payout_id = (SELECT id FROM payouts WHERE provider_id = ?)`, providerID).Error
}

// CreateAdvance records an advance payout requested from the stylist app.
func (s *Commissions) CreateAdvance(ctx context.Context, p *Payout) error {
	p.Status, p.Kind = "processing", "advance"
	return s.DB.WithContext(ctx).Create(p).Error
}
