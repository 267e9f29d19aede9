// Package store persists orders, gift cards, subscriptions and payouts.
package store

import (
	"context"
	"time"

	"github.com/jinzhu/gorm"
)

// Order states.
const (
	OrderPending   = "PENDING"
	OrderAwaiting  = "AWAITING_DEPOSIT" // konbini / virtual account issued
	OrderPaid      = "PAID"
	OrderCancelled = "CANCELLED"
	OrderRefunded  = "REFUNDED"
)

// Order is a cart checkout.
type Order struct {
	gorm.Model
	Number      string `gorm:"unique_index"`
	CustomerID  uint
	Country     string // KR, JP, ID
	Currency    string
	Amount      int64
	Status      string
	Provider    string // toss, kakaopay, stripe, xendit
	ProviderRef string // paymentKey, tid, PaymentIntent id, invoice id
	Email       string
	DepositKey  string // secret Toss sends back with DEPOSIT_CALLBACK
	PaidAt      *time.Time
}

// GiftCard is a stored-value card bought in the shop.
type GiftCard struct {
	gorm.Model
	Code     string `gorm:"unique_index"`
	OrderID  uint
	Balance  int64
	Currency string
	Active   bool
}

// Subscription is a monthly beauty box.
type Subscription struct {
	gorm.Model
	CustomerID    uint
	Plan          string
	Country       string
	StripeCust    string
	PaymentMethod string
	BillingKey    string // Toss billing key for KR boxes
	Amount        int64
	Currency      string
	PeriodEnd     time.Time
	Status        string
}

// Orders is the order repository over MySQL.
type Orders struct {
	db *gorm.DB
}

// NewOrders wraps db.
func NewOrders(db *gorm.DB) *Orders { return &Orders{db: db} }

// ByNumber loads an order by its public number.
func (s *Orders) ByNumber(ctx context.Context, number string) (*Order, error) {
	var o Order
	if err := s.db.Where("number = ?", number).First(&o).Error; err != nil {
		return nil, err
	}
	return &o, nil
}

// ByRef loads an order by the provider reference.
func (s *Orders) ByRef(ctx context.Context, ref string) (*Order, error) {
	var o Order
	if err := s.db.Where("provider_ref = ?", ref).First(&o).Error; err != nil {
		return nil, err
	}
	return &o, nil
}

// SetRef stores the provider reference of an order.
func (s *Orders) SetRef(ctx context.Context, number, provider, ref string) error {
	return s.db.Model(&Order{}).Where("number = ?", number).
		Updates(map[string]interface{}{"provider": provider, "provider_ref": ref}).Error
}

// MarkPaid moves an order to PAID.
func (s *Orders) MarkPaid(ctx context.Context, number, ref string) error {
	now := time.Now()
	return s.db.Model(&Order{}).Where("number = ? AND status <> ?", number, OrderPaid).
		Updates(map[string]interface{}{"status": OrderPaid, "provider_ref": ref, "paid_at": &now}).Error
}

// SetDepositKey stores the virtual-account secret of an order.
func (s *Orders) SetDepositKey(ctx context.Context, number, secret string) error {
	return s.db.Model(&Order{}).Where("number = ?", number).Update("deposit_key", secret).Error
}

// SetStatus writes any status.
func (s *Orders) SetStatus(ctx context.Context, number, status string) error {
	return s.db.Model(&Order{}).Where("number = ?", number).Update("status", status).Error
}

// Awaiting lists orders waiting for a deposit older than age.
func (s *Orders) Awaiting(ctx context.Context, provider string, age time.Duration) ([]Order, error) {
	var out []Order
	err := s.db.Where("status = ? AND provider = ? AND created_at < ?", OrderAwaiting, provider, time.Now().Add(-age)).
		Limit(200).Find(&out).Error
	return out, err
}

// Pending lists orders still PENDING with a provider reference older than age.
func (s *Orders) Pending(ctx context.Context, provider string, age time.Duration) ([]Order, error) {
	var out []Order
	err := s.db.Where("status = ? AND provider = ? AND provider_ref <> '' AND updated_at < ?", OrderPending, provider, time.Now().Add(-age)).
		Limit(200).Find(&out).Error
	return out, err
}

// TopUpGiftCard adds value to a card.
func (s *Orders) TopUpGiftCard(ctx context.Context, code string, amount int64) error {
	return s.db.Model(&GiftCard{}).Where("code = ?", code).
		UpdateColumn("balance", gorm.Expr("balance + ?", amount)).Error
}

// ActivateGiftCard turns on a card bought with an order.
func (s *Orders) ActivateGiftCard(ctx context.Context, orderID uint) error {
	return s.db.Model(&GiftCard{}).Where("order_id = ?", orderID).Update("active", true).Error
}

// Subscription loads a subscription.
func (s *Orders) Subscription(ctx context.Context, id uint) (*Subscription, error) {
	var sub Subscription
	if err := s.db.First(&sub, id).Error; err != nil {
		return nil, err
	}
	return &sub, nil
}

// ExtendSubscription pushes the period end by one month.
func (s *Orders) ExtendSubscription(ctx context.Context, id uint) error {
	return s.db.Model(&Subscription{}).Where("id = ?", id).
		UpdateColumn("period_end", gorm.Expr("DATE_ADD(period_end, INTERVAL 1 MONTH)")).Error
}

// DueSubscriptions lists active boxes whose period ends before t.
func (s *Orders) DueSubscriptions(ctx context.Context, t time.Time) ([]Subscription, error) {
	var out []Subscription
	err := s.db.Where("status = ? AND period_end < ?", "active", t).Find(&out).Error
	return out, err
}
