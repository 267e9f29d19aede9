// Package core holds a marketplace's refund rows and the port its
// acquirer clients serve.
package core

import "context"

// Refund is one refund owed to a buyer.
type Refund struct {
	ID          string
	OrderID     string
	AmountCents int64
	AcqRef      string
	State       string
}

// Refunder sends a refund through one acquirer.
type Refunder interface {
	Name() string
	Refund(ctx context.Context, r *Refund) (string, error)
}
