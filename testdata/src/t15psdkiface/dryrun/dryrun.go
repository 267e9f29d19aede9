// Package dryrun: the field takes the caller's value, or an in-memory
// payer of this package in dry-run mode: a concrete implementation in
// sight that is not the SDK's, so what the call does is not known. Silent.
package dryrun

import (
	"context"
	"os"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type paymentCreator interface {
	Create(ctx context.Context, p gocardless.PaymentCreateParams, opts ...gocardless.RequestOption) (*gocardless.Payment, error)
}

type memPayments struct{ n int }

func (m *memPayments) Create(ctx context.Context, p gocardless.PaymentCreateParams, opts ...gocardless.RequestOption) (*gocardless.Payment, error) {
	m.n++
	return &gocardless.Payment{Id: "PM-dry", Amount: p.Amount, Status: "confirmed"}, nil
}

type Collector struct{ payments paymentCreator }

func NewCollector(p paymentCreator) *Collector {
	if os.Getenv("DRY_RUN") != "" {
		return &Collector{payments: &memPayments{}}
	}
	return &Collector{payments: p}
}

func (c *Collector) Collect(ctx context.Context, mandate string, amount int) (string, error) {
	var err error
	for i := 0; i < 3; i++ {
		var p *gocardless.Payment
		p, err = c.payments.Create(ctx, gocardless.PaymentCreateParams{Amount: amount, Currency: "GBP",
			Links: gocardless.PaymentCreateParamsLinks{Mandate: mandate}})
		if err == nil {
			return p.Id, nil
		}
		time.Sleep(2 * time.Second)
	}
	return "", err
}
