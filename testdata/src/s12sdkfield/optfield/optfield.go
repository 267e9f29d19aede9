// Package optfield keeps Square's payments client behind its own
// interface, set by a default in the constructor or a functional option.
package optfield

import (
	"context"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
	"github.com/square/square-go-sdk/payments"
)

type paymentsAPI interface {
	Create(ctx context.Context, request *square.CreatePaymentRequest, opts ...option.RequestOption) (*square.CreatePaymentResponse, error)
}

type Biller struct{ pay paymentsAPI }

type Option func(*Biller)

func WithPayments(c *payments.Client) Option { return func(b *Biller) { b.pay = c } }

func NewBiller(opts ...Option) *Biller {
	b := &Biller{pay: payments.NewClient()}
	for _, o := range opts {
		o(b)
	}
	return b
}

// Charge: a new key on every attempt of the loop.
func (b *Biller) Charge(ctx context.Context, source string) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = b.pay.Create(ctx, &square.CreatePaymentRequest{SourceID: source, IdempotencyKey: uuid.NewString()}) // want `square Payments.Create`
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// ChargeOnce: the key is made once before the loop.
func (b *Biller) ChargeOnce(ctx context.Context, source string) error {
	key := uuid.NewString()
	var err error
	for i := 0; i < 3; i++ {
		_, err = b.pay.Create(ctx, &square.CreatePaymentRequest{SourceID: source, IdempotencyKey: key})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
