// Package storefront is the buyer and seller web app (gin + GORM).
package storefront

import (
	"time"

	"gorm.io/gorm"
)

// Order is a buyer's order for one seller's items.
type Order struct {
	ID          uint
	BuyerID     uint
	SellerID    uint
	Status      string
	PaymentRef  string
	PaidAt      *time.Time
	DownloadURL string
}

// Seller is a marketplace seller with a Stripe connected account.
type Seller struct {
	ID              uint
	StripeAccountID string
	PayoutsEnabled  bool
	OnboardedAt     *time.Time
}

// Store wraps the GORM handle.
type Store struct{ db *gorm.DB }

func (s *Store) order(id string) (*Order, error) {
	var o Order
	err := s.db.First(&o, "id = ?", id).Error
	return &o, err
}

// releaseDigitalGoods unlocks the download link of a paid order.
func (s *Store) releaseDigitalGoods(o *Order) error {
	now := time.Now()
	o.Status = "paid"
	o.PaidAt = &now
	o.DownloadURL = "/downloads/" + o.PaymentRef
	return s.db.Save(o).Error
}
