// Package adyenretry: the Adyen checkout service behind an interface of
// the package's own, written in the SDK's types and filled by the
// caller (main binds client.Checkout().PaymentsApi). The payment is
// retried by a retrier held in a pointer field, and the closure builds
// the request with a new key on every attempt.
package adyenretry

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/google/uuid"
)

// paymentsAPI is the part of checkout.PaymentsApi we use.
type paymentsAPI interface {
	PaymentsInput() checkout.PaymentsApiPaymentsInput
	Payments(ctx context.Context, r checkout.PaymentsApiPaymentsInput) (checkout.PaymentResponse, *http.Response, error)
}

// retrier repeats an operation with a doubling pause.
type retrier struct {
	tries int
	first time.Duration
}

func (r *retrier) Run(ctx context.Context, op func(context.Context) error) error {
	pause := r.first
	var err error
	for n := 0; n < r.tries; n++ {
		if err = op(ctx); err == nil {
			return nil
		}
		if errors.Is(err, context.Canceled) {
			return err
		}
		time.Sleep(pause)
		pause *= 2
	}
	return err
}

type Checkout struct {
	api   paymentsAPI
	retry *retrier
}

func NewCheckout(api paymentsAPI) *Checkout {
	return &Checkout{api: api, retry: &retrier{tries: 3, first: time.Second}}
}

func (c *Checkout) Pay(ctx context.Context, req checkout.PaymentRequest) (string, error) {
	var psp string
	err := c.retry.Run(ctx, func(ctx context.Context) error {
		in := c.api.PaymentsInput().IdempotencyKey(uuid.NewString()).PaymentRequest(req)
		res, _, err := c.api.Payments(ctx, in) // want "adyen PaymentsApi.Payments is retried by Run \\(line 57\\) with an idempotency key made anew on every attempt"
		if err != nil {
			return err
		}
		psp = *res.PspReference
		return nil
	})
	return psp, err
}
