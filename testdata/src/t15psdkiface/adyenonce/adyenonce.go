// Package adyenonce: the same checkout as adyenretry, but the key is made
// once, before the retrier runs: every attempt sends it again. Silent.
package adyenonce

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
	key := "pay-" + req.Reference + "-" + uuid.NewString()
	err := c.retry.Run(ctx, func(ctx context.Context) error {
		in := c.api.PaymentsInput().IdempotencyKey(key).PaymentRequest(req)
		res, _, err := c.api.Payments(ctx, in)
		if err != nil {
			return err
		}
		psp = *res.PspReference
		return nil
	})
	return psp, err
}
