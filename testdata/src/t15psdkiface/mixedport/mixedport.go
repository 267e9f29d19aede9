// Package mixedport: the interface has a method with the SDK's signature
// and one of the merchant's own (Reconcile): it is the merchant's port,
// whose implementation may do anything around the SDK. Silent.
package mixedport

import (
	"context"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type paymentPort interface {
	Create(ctx context.Context, p gocardless.PaymentCreateParams, opts ...gocardless.RequestOption) (*gocardless.Payment, error)
	Reconcile(ctx context.Context, id string) error
}

type Collector struct{ payments paymentPort }

func NewCollector(p paymentPort) *Collector { return &Collector{payments: p} }

func (c *Collector) Collect(ctx context.Context, mandate string, amount int) (string, error) {
	var err error
	for i := 0; i < 3; i++ {
		var p *gocardless.Payment
		p, err = c.payments.Create(ctx, gocardless.PaymentCreateParams{Amount: amount, Currency: "GBP",
			Links: gocardless.PaymentCreateParamsLinks{Mandate: mandate}})
		if err == nil {
			return p.Id, c.payments.Reconcile(ctx, p.Id)
		}
		time.Sleep(2 * time.Second)
	}
	return "", err
}
