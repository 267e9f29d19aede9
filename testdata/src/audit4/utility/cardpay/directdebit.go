package cardpay

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// DebitRun is one scheduled direct debit of a monthly bill.
type DebitRun struct {
	BillID    string
	MandateID string
	Pence     int
}

// Debits collects recurring direct debits.
type Debits struct {
	gc *gocardless.Service
}

// NewDebits wires the GoCardless client.
func NewDebits(gc *gocardless.Service) *Debits { return &Debits{gc: gc} }

func params(run DebitRun) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:    run.Pence,
		Currency:  "GBP",
		Reference: run.BillID,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: run.MandateID},
	}
}

// Collect retries with the bill id as idempotency key and growing waits.
func (d *Debits) Collect(ctx context.Context, run DebitRun) (*gocardless.Payment, error) {
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	return backoff.RetryWithData(func() (*gocardless.Payment, error) {
		return d.gc.Payments.Create(ctx, params(run), gocardless.WithIdempotencyKey("bill-"+run.BillID))
	}, b)
}

// CollectFast retries every 100ms with no key: the SDK then sends a new
// random key per call, so a lost response collects the bill twice.
func (d *Debits) CollectFast(ctx context.Context, run DebitRun) (*gocardless.Payment, error) {
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(100*time.Millisecond), 5)
	return backoff.RetryWithData(func() (*gocardless.Payment, error) {
		return d.gc.Payments.Create(ctx, params(run)) // want "\\[idempotency\\] .*without an idempotency key" "\\[retrybackoff\\] .*every 100ms"
	}, b)
}
