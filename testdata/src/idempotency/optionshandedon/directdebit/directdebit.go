// Package directdebit wraps gocardless-pro-go for membership fees; the
// caller's request options (an idempotency key among them) are handed
// on to the SDK as they are.
package directdebit

import (
	"context"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// Fee is one season's membership fee.
type Fee struct {
	ID       string
	Cents    int
	Currency string
	Mandate  string
}

// Collector collects fees against members' mandates.
type Collector struct{ svc *gocardless.Service }

// Collect creates the payment of a fee with the caller's options.
func (c *Collector) Collect(ctx context.Context, f Fee, opts ...gocardless.RequestOption) (*gocardless.Payment, error) {
	return c.svc.Payments.Create(ctx, gocardless.PaymentCreateParams{
		Amount:    f.Cents,
		Currency:  f.Currency,
		Reference: "fee-" + f.ID,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: f.Mandate},
	}, opts...)
}
