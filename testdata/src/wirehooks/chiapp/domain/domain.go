// Package domain holds the types the Stripe hooks and the voucher store
// share.
package domain

import "context"

// Grant is what a paid checkout is worth.
type Grant struct {
	Session  string
	Customer string
	Cents    int64
}

// Granter applies a grant.
type Granter interface {
	Apply(ctx context.Context, g Grant) error
}
