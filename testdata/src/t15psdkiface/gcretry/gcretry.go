// Package gcretry: GoCardless payments behind an interface of the
// package's own, written in the SDK's types; the field is filled by the
// constructor's caller (main binds client.Payments). The charge is
// repeated by a package-level helper and sends no key, so the SDK makes
// a new one on every call.
package gcretry

import (
	"context"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type paymentCreator interface {
	Create(ctx context.Context, p gocardless.PaymentCreateParams, opts ...gocardless.RequestOption) (*gocardless.Payment, error)
}

func withRetries(ctx context.Context, n int, fn func() error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = fn(); err == nil || ctx.Err() != nil {
			return err
		}
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return err
}

type Collector struct{ payments paymentCreator }

func NewCollector(p paymentCreator) *Collector { return &Collector{payments: p} }

func (c *Collector) Collect(ctx context.Context, mandate string, amount int) (string, error) {
	var id string
	err := withRetries(ctx, 4, func() error {
		p, err := c.payments.Create(ctx, gocardless.PaymentCreateParams{Amount: amount, Currency: "GBP", // want "gocardless Payments.Create is retried by withRetries \\(line 36\\) without an idempotency key: gocardless-pro-go adds a new random key to each call"
			Links: gocardless.PaymentCreateParamsLinks{Mandate: mandate}})
		if err != nil {
			return err
		}
		id = p.Id
		return nil
	})
	return id, err
}
