package store

import (
	"context"

	"gorm.io/gorm"
)

// Payouts is the creator payout repository.
type Payouts struct {
	db *gorm.DB
}

// NewPayouts returns the repository.
func NewPayouts(db *gorm.DB) *Payouts { return &Payouts{db: db} }

// Pending lists payouts waiting to be sent on a rail.
func (s *Payouts) Pending(ctx context.Context, rail string, limit int) ([]Payout, error) {
	var out []Payout
	err := s.db.WithContext(ctx).
		Where("status = ? AND rail = ?", PayoutPending, rail).
		Find(&out).Error
	if len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

// Claim moves a payout from pending to sending; false when another worker has it.
func (s *Payouts) Claim(ctx context.Context, id string) (bool, error) {
	res := s.db.WithContext(ctx).Exec(
		`UPDATE payouts SET status = 'sending', attempts = attempts + 1 WHERE id = ? AND status = 'pending'`, id)
	return res.RowsAffected == 1, res.Error
}

// SetNonce pins the nonce a payout's transfer is signed with.
func (s *Payouts) SetNonce(ctx context.Context, id string, nonce uint64) error {
	return s.db.WithContext(ctx).Model(&Payout{}).Where("id = ?", id).Update("nonce", nonce).Error
}

// MarkSent records the transfer of a payout.
func (s *Payouts) MarkSent(ctx context.Context, id, txHash string) error {
	return s.db.WithContext(ctx).Model(&Payout{}).Where("id = ?", id).
		Updates(map[string]any{"status": PayoutSent, "tx_hash": txHash}).Error
}

// SetStatus stores a payout's status as reported by the rail.
func (s *Payouts) SetStatus(ctx context.Context, id, status string) error {
	return s.db.WithContext(ctx).Exec(`UPDATE payouts SET status = ? WHERE id = ?`, status, id).Error
}

// Release hands a payout back to the queue.
func (s *Payouts) Release(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Payout{}).Where("id = ?", id).Update("status", PayoutPending).Error
}
