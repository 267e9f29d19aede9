// Package gocardless: what the payment model knows of gocardless-pro-go.
package gocardless

import (
	"context"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/google/uuid"
)

func create(ctx context.Context, gc *gocardless.Service, orderID string) { // want `wrapper create write\|create gocardless Payments.Create autokey`
	p := gocardless.PaymentCreateParams{Amount: 1000, Currency: "GBP"}
	gc.Payments.Create(ctx, p)                                                  // want `op write\|create gocardless Payments.Create autokey`
	gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey("order-"+orderID)) // want `op write\|create gocardless Payments.Create key=WithIdempotencyKey keyparam=2 autokey`
	gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey(uuid.NewString())) // want `op write\|create gocardless Payments.Create key=WithIdempotencyKey fresh=1 autokey`
	opt := gocardless.WithIdempotencyKey(orderID)
	gc.Payments.Create(ctx, p, gocardless.WithRetries(5), opt)                                        // want `op write\|create gocardless Payments.Create key=WithIdempotencyKey keyparam=2 autokey`
	gc.Payments.Create(ctx, p, gocardless.WithHeaders(map[string]string{"Idempotency-Key": orderID})) // want `op write\|create gocardless Payments.Create key=Idempotency-Key keyparam=2 autokey`
	gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey(""))                                     // want `op write\|create gocardless Payments.Create autokey`
}

// Options handed in are the caller's: the wrapper's key parameter is its
// variadic options, judged at each call (optkeys.go).
func spread(ctx context.Context, gc *gocardless.Service, opts ...gocardless.RequestOption) { // want `wrapper spread write\|create gocardless Payments.Create keyparam=2 autokey`
	gc.Payments.Create(ctx, gocardless.PaymentCreateParams{}, opts...) // want `op write\|create gocardless Payments.Create key=RequestOption keyparam=2 value=\? autokey`
}

func readAndRetry(ctx context.Context, gc *gocardless.Service, id string) { // want `wrapper readAndRetry write\|read gocardless Payments.Retry autokey idparam=2`
	gc.Payments.Get(ctx, id)                                         // want `op read gocardless Payments.Get id=id`
	gc.Payments.Retry(ctx, id, gocardless.PaymentRetryParams{})      // want `op write gocardless Payments.Retry autokey id=id`
	gc.Refunds.Create(ctx, gocardless.RefundCreateParams{Amount: 5}) // want `op write gocardless Refunds.Create autokey`
}

// The implementation type's methods are the same calls.
func impl(ctx context.Context, s *gocardless.PaymentServiceImpl, id string) { // want `wrapper impl read gocardless Payments.Get idparam=2`
	s.Get(ctx, id) // want `op read gocardless Payments.Get id=id`
}

// Look-alikes: other methods of the SDK, and a merchant's own Create.
type ledger struct{}

func (ledger) Create(ctx context.Context, p gocardless.PaymentCreateParams) {}

func lookalikes(ctx context.Context, l ledger) {
	l.Create(ctx, gocardless.PaymentCreateParams{})
	_ = gocardless.WithRetries(3)
}
