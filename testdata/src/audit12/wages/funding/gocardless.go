package funding

import (
	"context"
	"time"

	"audit12/wages/domain"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// GoCardless collects Direct Debit funding from UK and EU employers.
type GoCardless struct {
	gc   *gocardless.Service
	runs RunStore
}

// NewGoCardless wires the Direct Debit funding service.
func NewGoCardless(gc *gocardless.Service, runs RunStore) *GoCardless {
	return &GoCardless{gc: gc, runs: runs}
}

// CollectPayroll creates the Direct Debit payment for a run against the
// employer's mandate.
func (g *GoCardless) CollectPayroll(ctx context.Context, run domain.PayrollRun, emp domain.Employer) (*gocardless.Payment, error) {
	params := gocardless.PaymentCreateParams{
		Amount:    int(run.AmountMinor),
		Currency:  run.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: emp.GoCardlessMandate},
		Reference: "PAYROLL " + run.ID,
	}
	key := gocardless.WithIdempotencyKey("payroll-" + run.ID)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		p, err := g.gc.Payments.Create(ctx, params, key) // want "\\[retrybackoff\\] gocardless Payments.Create is retried by a for loop .* every 200ms"
		if err == nil {
			return p, nil
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return nil, lastErr
}

// WaitCollected waits until GoCardless has collected the payment, so the
// run can be released to workers before the webhook arrives.
func (g *GoCardless) WaitCollected(ctx context.Context, run domain.PayrollRun, paymentID string) error {
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := g.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == "confirmed" || p.Status == "paid_out" {
			return g.runs.MarkRunFunded(ctx, run.ID, p.Id)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}
