// Package domain holds the gift-card platform's core types and ports.
package domain

import (
	"context"
	"errors"
	"time"
)

// OrderStatus is the lifecycle of a gift-card order.
type OrderStatus string

const (
	OrderPending  OrderStatus = "pending"
	OrderPaid     OrderStatus = "paid"
	OrderIssued   OrderStatus = "issued"
	OrderFailed   OrderStatus = "failed"
	OrderRefunded OrderStatus = "refunded"
)

// Provider names the payment method an order was paid with.
type Provider string

const (
	ProviderPayPal   Provider = "paypal"
	ProviderCheckout Provider = "checkout"
	ProviderAdyen    Provider = "adyen"
	ProviderWise     Provider = "wise"
	ProviderEth      Provider = "eth"
)

// Order is a consumer's purchase of one or more e-gift cards.
type Order struct {
	ID          string
	Email       string
	AmountMinor int64
	Currency    string
	Quantity    int
	DesignID    string
	Provider    Provider
	ProviderRef string
	Status      OrderStatus
	CreatedAt   time.Time
}

// VoucherBatch is a corporate client's bulk voucher order paid by invoice.
type VoucherBatch struct {
	ID          string
	ClientID    string
	InvoiceNo   string
	AmountMinor int64
	Currency    string
	TransferID  int64
	Funded      bool
}

// ErrNotFound is returned by stores for unknown ids.
var ErrNotFound = errors.New("not found")

// OrderStore persists orders.
type OrderStore interface {
	Get(ctx context.Context, id string) (*Order, error)
	SetProviderRef(ctx context.Context, id string, ref string) error
	MarkPaid(ctx context.Context, id string) error
	// TransitionIssued moves a paid order to issued; it reports false when
	// the order was not in the paid state.
	TransitionIssued(ctx context.Context, id string) (bool, error)
}

// CardIssuer creates gift-card codes and delivers them to the buyer.
type CardIssuer interface {
	IssueCards(ctx context.Context, orderID string) error
}

// Mailer sends transactional e-mail.
type Mailer interface {
	SendEmail(ctx context.Context, to, subject, body string) error
}

// IssueQueue hands paid orders to the background issuer.
type IssueQueue interface {
	EnqueueIssue(orderID string)
}
