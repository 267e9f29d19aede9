// Package domain holds the value types and ports of a marketplace's
// payment notifications; no HTTP, no database.
package domain

import "context"

// Payout is one transfer to a seller.
type Payout struct {
	ID     string
	Ref    string
	Status string
}

// Orders applies what PayPal says about an order (the name says nothing
// of payment: the binding shows it).
type Orders interface {
	Apply(ctx context.Context, orderID string) error
}

// Payouts finds and settles payouts.
type Payouts interface {
	ByRef(ctx context.Context, ref string) (*Payout, error)
	Settle(ctx context.Context, id string) error
}

// Seen records that a payout was mentioned (no payment state).
type Seen interface {
	Touch(ctx context.Context, id string) error
}
