package billing

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"time"

	"gorm.io/gorm"

	"audit23/wineclub/store"
)

// Gifts issues gift membership codes.
type Gifts struct {
	db *gorm.DB
}

func NewGifts(db *gorm.DB) *Gifts { return &Gifts{db: db} }

func newCode() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)
}

// Issue gives a purchased gift its redemption code and marks it issued,
// so the recipient mail goes out with the next digest.
func (g *Gifts) Issue(ctx context.Context, giftID string) (string, error) {
	code := newCode()
	now := time.Now()
	err := g.db.WithContext(ctx).Model(&store.Gift{}).Where("id = ?", giftID).
		Updates(map[string]any{"status": "issued", "code": code, "issued_at": now}).Error
	return code, err
}

// Status returns the stored status of a gift.
func (g *Gifts) Status(ctx context.Context, giftID string) (string, error) {
	var gift store.Gift
	if err := g.db.WithContext(ctx).First(&gift, "id = ?", giftID).Error; err != nil {
		return "", err
	}
	return gift.Status, nil
}
