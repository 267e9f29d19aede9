// Package domain declares the use cases the webhook delivery calls.
package domain

import "context"

// Shipper is implemented by usecase.Shipping.
type Shipper interface {
	OnPaid(ctx context.Context, orderID string) error
	Queue(orderID string)
}

// Tracker has no implementation the delivery package can see.
type Tracker interface {
	OnPaid(ctx context.Context, orderID string) error
}
