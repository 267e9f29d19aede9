// Package domain holds the laundry service's core types and the ports
// its services depend on.
package domain

import (
	"context"
	"time"
)

// Provider names a payment provider.
type Provider string

const (
	MercadoPago Provider = "mercadopago"
	Mollie      Provider = "mollie"
	Square      Provider = "square"
)

// Order is a pickup-and-clean order.
type Order struct {
	ID         string    `db:"id"`
	CustomerID string    `db:"customer_id"`
	Country    string    `db:"country"`
	AmountCts  int64     `db:"amount_cts"`
	Currency   string    `db:"currency"`
	Status     string    `db:"status"`
	PaymentRef string    `db:"payment_ref"`
	Provider   Provider  `db:"provider"`
	CreatedAt  time.Time `db:"created_at"`
}

// Order statuses.
const (
	StatusAwaitingPayment = "awaiting_payment"
	StatusPaid            = "paid"
	StatusReleased        = "released"
)

// Claim is a damaged-garment claim approved for refund.
type Claim struct {
	ID         string `db:"id"`
	OrderID    string `db:"order_id"`
	PaymentRef string `db:"payment_ref"`
	Provider   string `db:"provider"`
	AmountCts  int64  `db:"amount_cts"`
	Currency   string `db:"currency"`
}

// Orders is the order repository.
type Orders interface {
	Get(ctx context.Context, id string) (*Order, error)
	MarkPaid(ctx context.Context, id, paymentRef string) error
	ReleaseForPickup(ctx context.Context, id string) error
}

// Loyalty grants loyalty credits to customers.
type Loyalty interface {
	Grant(ctx context.Context, customerID string, credits int64) error
}

// Notifier sends short messages to customers.
type Notifier interface {
	Send(ctx context.Context, phone, text string) error
}
