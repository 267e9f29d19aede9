// Package fakeset: the field is also given an in-memory gateway outside
// tests (a sandbox mode), so what a call does is unknown.
package fakeset

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

type memoryPayments struct{ n int }

func (m *memoryPayments) Create(ctx context.Context, request *square.CreatePaymentRequest, opts ...option.RequestOption) (*square.CreatePaymentResponse, error) {
	m.n++
	return &square.CreatePaymentResponse{}, nil
}

type Biller struct{ pay paymentsAPI }

func NewBiller(sandbox bool) *Biller {
	if sandbox {
		return &Biller{pay: &memoryPayments{}}
	}
	return &Biller{pay: payments.NewClient()}
}

func (b *Biller) Charge(ctx context.Context, source string) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = b.pay.Create(ctx, &square.CreatePaymentRequest{SourceID: source, IdempotencyKey: uuid.NewString()})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
