// Package domain holds the types shared by the foodhub services.
package domain

import (
	"context"
	"errors"
	"time"
)

// OrderStatus is the lifecycle of a customer order.
type OrderStatus string

const (
	OrderPending    OrderStatus = "pending"
	OrderPaid       OrderStatus = "paid"
	OrderDispatched OrderStatus = "dispatched"
	OrderDelivered  OrderStatus = "delivered"
	OrderCanceled   OrderStatus = "canceled"
	OrderFailed     OrderStatus = "payment_failed"
)

// Channel says how the customer paid.
type Channel string

const (
	ChannelSquare   Channel = "square"
	ChannelCheckout Channel = "checkout"
	ChannelIDEAL    Channel = "ideal"
	ChannelEWallet  Channel = "ewallet"
)

// Order is a customer order placed with a partner restaurant.
type Order struct {
	ID           string      `db:"id" bson:"_id"`
	CustomerID   string      `db:"customer_id"`
	RestaurantID string      `db:"restaurant_id"`
	CourierID    string      `db:"courier_id"`
	AmountMinor  int64       `db:"amount_minor"`
	Currency     string      `db:"currency"`
	Channel      Channel     `db:"channel"`
	ProviderRef  string      `db:"provider_ref"`
	Status       OrderStatus `db:"status"`
	CreatedAt    time.Time   `db:"created_at"`
}

// Item is one line of an order.
type Item struct {
	SKU         string
	Name        string
	Qty         int
	AmountMinor int64
}

// Payout is a transfer to a courier's bank account.
type Payout struct {
	ID          string    `db:"id"`
	CourierID   string    `db:"courier_id"`
	IBAN        string    `db:"iban"`
	AmountMinor int64     `db:"amount_minor"`
	Currency    string    `db:"currency"`
	Reference   string    `db:"reference"`
	Status      string    `db:"status"`
	CreatedAt   time.Time `db:"created_at"`
}

// ErrNotFound is returned by stores when a row does not exist.
var ErrNotFound = errors.New("not found")

// ErrAlreadyProcessed is returned when a transition was already applied.
var ErrAlreadyProcessed = errors.New("already processed")

// OrderReader loads orders.
type OrderReader interface {
	Get(ctx context.Context, id string) (*Order, error)
}

// Notifier pushes a message to a customer's or courier's phone.
type Notifier interface {
	Send(ctx context.Context, userID, title, body string) error
}
