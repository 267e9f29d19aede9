// Package billing declares a marketplace's dispute use case.
package billing

import "context"

// Refunder settles a lost dispute by refunding the buyer.
type Refunder interface {
	Reverse(ctx context.Context, paymentIntent string, cents int64) error
}
