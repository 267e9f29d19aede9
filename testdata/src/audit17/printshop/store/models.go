// Package store holds the printshop's persistent models and their stores.
package store

import "time"

// Order states.
const (
	OrderPending  = "pending"
	OrderPaid     = "paid"
	OrderPrinting = "printing"
	OrderRefunded = "refunded"
)

// Order is a buyer's order of one or more printed items from a storefront.
type Order struct {
	ID            string `gorm:"primaryKey"`
	StorefrontID  string
	BuyerEmail    string
	AmountCents   int64
	Currency      string
	Status        string
	Provider      string
	ProviderRef   string
	PrintOrderRef string
	PaidAt        *time.Time
	CreatedAt     time.Time
}

// Royalty is money owed to a creator for one sold item.
type Royalty struct {
	ID            int64  `bun:",pk,autoincrement"`
	OrderID       string `bun:"order_id"`
	CreatorID     string `bun:"creator_id"`
	ConnectAcct   string `bun:"connect_account"`
	AmountCents   int64  `bun:"amount_cents"`
	TransferID    string `bun:"transfer_id"`
	PaidOut       bool   `bun:"paid_out"`
	CreatedAt     time.Time
	TransferredAt *time.Time
}

// LineItem is one printed product of an order.
type LineItem struct {
	SKU        string
	DesignID   string
	CreatorID  string
	Quantity   int
	PriceCents int64
}
