// Package affiliates stores partner commissions with GORM. A commission
// row carries its amount and the transfer that paid it out.
package affiliates

import "gorm.io/gorm"

// Commission is what a partner earned on one referral.
type Commission struct {
	ID          string
	PartnerID   string
	AmountCents int64
	TransferID  string
	Disbursed   bool
	Seen        bool
}

// Store is the concrete commission repository.
type Store struct{ db *gorm.DB }

// New returns a store over db.
func New(db *gorm.DB) *Store { return &Store{db: db} }

// Disburse flags the commission paid to the partner, with the transfer.
func (s *Store) Disburse(id, transferID string) error {
	return s.db.Model(&Commission{}).Where("id = ?", id).
		Updates(map[string]any{"disbursed": true, "transfer_id": transferID}).Error
}

// MarkSeen flags the notice read in the partner portal: no money.
func (s *Store) MarkSeen(id string) error {
	return s.db.Model(&Commission{}).Where("id = ?", id).Update("seen", true).Error
}

// Reopen clears the flag when the transfer bounced.
func (s *Store) Reopen(id string) error {
	var c Commission
	s.db.Where("id = ?", id).First(&c)
	c.Disbursed = false
	return s.db.Save(&c).Error
}
