// Package stripebilling charges invoices and issues refunds through Stripe.
package stripebilling

import (
	"context"
	"errors"
	"time"

	"github.com/stripe/stripe-go/v82"

	"audit2/retry/retryx"
)

// Biller owns the Stripe client.
type Biller struct {
	sc *stripe.Client
}

// New builds a client whose SDK retries network errors itself.
func New(key string) *Biller {
	backends := stripe.NewBackendsWithConfig(&stripe.BackendConfig{MaxNetworkRetries: stripe.Int64(2)})
	return &Biller{sc: stripe.NewClient(key, stripe.WithBackends(backends))}
}

// Invoice is our invoice row.
type Invoice struct {
	ID         string
	CustomerID string
	Amount     int64
	PMID       string
}

func intentParams(inv Invoice) *stripe.PaymentIntentCreateParams {
	return &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(inv.Amount),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(inv.CustomerID),
		PaymentMethod: stripe.String(inv.PMID),
		Confirm:       stripe.Bool(true),
	}
}

// ChargeInvoice is called by the dunning job.
func (b *Biller) ChargeInvoice(ctx context.Context, inv Invoice) (*stripe.PaymentIntent, error) {
	params := intentParams(inv)
	return retryx.Do(ctx, retryx.Default, func(ctx context.Context) (*stripe.PaymentIntent, error) {
		return b.sc.V1PaymentIntents.Create(ctx, params) // want "\\[idempotency\\] stripe V1PaymentIntents.Create is retried by retryx.Do .line 46. without an idempotency key"
	})
}

// ChargeInvoiceKeyed is the same with a key derived from the invoice.
func (b *Biller) ChargeInvoiceKeyed(ctx context.Context, inv Invoice) (*stripe.PaymentIntent, error) {
	params := intentParams(inv)
	params.SetIdempotencyKey("invoice-" + inv.ID)
	return retryx.Do(ctx, retryx.Default, func(ctx context.Context) (*stripe.PaymentIntent, error) {
		return b.sc.V1PaymentIntents.Create(ctx, params)
	})
}

// ChargeOnce is the checkout path: one call, the SDK handles network retries.
func (b *Biller) ChargeOnce(ctx context.Context, inv Invoice) (*stripe.PaymentIntent, error) {
	return b.sc.V1PaymentIntents.Create(ctx, intentParams(inv))
}

// Refund refunds a payment; card errors are treated as flaky issuer answers.
func (b *Biller) Refund(ctx context.Context, paymentIntentID string, refundID string) error {
	params := &stripe.RefundCreateParams{PaymentIntent: stripe.String(paymentIntentID)}
	params.SetIdempotencyKey("refund-" + refundID)
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		_, err := b.sc.V1Refunds.Create(ctx, params)
		if err == nil {
			return nil
		}
		var se *stripe.Error
		if !errors.As(err, &se) {
			return err
		}
		if se.Type != stripe.ErrorTypeCard && se.Type != stripe.ErrorTypeInvalidRequest && se.Type != stripe.ErrorTypeAPI { // want "\\[retrystatus\\] stripe V1Refunds.Create is retried by a for loop .line 70.: stripe errors of type invalid_request_error are retried"
			return err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return errors.New("refund: gave up")
}

// Capture captures an authorised intent; only api errors are retried.
func (b *Biller) Capture(ctx context.Context, id string) error {
	params := &stripe.PaymentIntentCaptureParams{}
	params.SetIdempotencyKey("capture-" + id)
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		_, err := b.sc.V1PaymentIntents.Capture(ctx, id, params)
		var se *stripe.Error
		switch {
		case err == nil:
			return nil
		case errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeInvalidRequest):
			return err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return errors.New("capture: gave up")
}
