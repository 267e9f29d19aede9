// Package directdebit collects from GoCardless mandates; request options
// are handed on to the SDK.
package directdebit

import (
	"context"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type Client struct {
	svc *gocardless.Service
}

// Collect creates a payment on the mandate.
func (c *Client) Collect(ctx context.Context, mandateID string, cents int, opts ...gocardless.RequestOption) (*gocardless.Payment, error) {
	return c.svc.Payments.Create(ctx, gocardless.PaymentCreateParams{
		Amount:   cents,
		Currency: "GBP",
		Links:    gocardless.PaymentCreateParamsLinks{Mandate: mandateID},
	}, opts...)
}

// Payment reads a payment.
func (c *Client) Payment(ctx context.Context, id string) (*gocardless.Payment, error) {
	return c.svc.Payments.Get(ctx, id)
}
