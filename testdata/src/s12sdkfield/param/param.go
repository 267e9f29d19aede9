// Package param: the field is filled by the caller's value of the
// interface type, which this package cannot see.
package param

import (
	"context"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
)

type PaymentsAPI interface {
	Create(ctx context.Context, request *square.CreatePaymentRequest, opts ...option.RequestOption) (*square.CreatePaymentResponse, error)
}

type Biller struct{ pay PaymentsAPI }

func NewBiller(p PaymentsAPI) *Biller { return &Biller{pay: p} }

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
