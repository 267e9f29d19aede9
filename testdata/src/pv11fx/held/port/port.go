// Package port declares the stores the marketplace's webhooks use.
package port

import "context"

// Money is what the webhooks change on money rows and their look-alikes.
type Money interface {
	// mistakes: payment states on rows funded by a payment
	ReleaseBooking(ctx context.Context, chargeID string) error
	AuthoriseTrip(ctx context.Context, authID string) error
	// look-alikes: released or authorised, no money moved or held
	ReleaseStockHold(ctx context.Context, paymentID string) error
	ReleaseJob(ctx context.Context, paymentID string) error
	ReleaseAllowance(ctx context.Context, id string) error
	AuthorizeApp(ctx context.Context, chargeID string) error
	AuthorizeToken(ctx context.Context, id string) error
	AuthoriseExpense(ctx context.Context, id string) error
}
