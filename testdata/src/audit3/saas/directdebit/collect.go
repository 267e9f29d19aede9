package directdebit

import (
	"context"
	"fmt"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// Collect creates the Direct Debit payment, retrying if GoCardless times out.
func (c *Collector) Collect(ctx context.Context, inv Invoice) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *gocardless.Payment
		p, err = c.gc.Payments.Create(ctx, params(inv)) // want "\\[idempotency\\] gocardless Payments.Create is retried by a for loop"
		if err == nil {
			return c.saveMandatePayment(ctx, inv.ID, p.Id)
		}
		pause(attempt)
	}
	return fmt.Errorf("directdebit: %w", err)
}

// CollectSafely is the same with one key per invoice.
func (c *Collector) CollectSafely(ctx context.Context, inv Invoice) error {
	key := "dd-collect-" + inv.ID
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *gocardless.Payment
		p, err = c.gc.Payments.Create(ctx, params(inv), gocardless.WithIdempotencyKey(key))
		if err == nil {
			return c.saveMandatePayment(ctx, inv.ID, p.Id)
		}
		pause(attempt)
	}
	return fmt.Errorf("directdebit: %w", err)
}
