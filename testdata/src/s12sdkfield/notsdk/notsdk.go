// Package notsdk: an interface with the SDK's method, filled only by a
// local journal that is no SDK client.
package notsdk

import (
	"context"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"

	"s12sdkfield/ledger"
)

type paymentsAPI interface {
	Create(ctx context.Context, request *square.CreatePaymentRequest, opts ...option.RequestOption) (*square.CreatePaymentResponse, error)
}

type Recorder struct{ pay paymentsAPI }

func NewRecorder() *Recorder { return &Recorder{pay: ledger.New()} }

func (r *Recorder) Record(ctx context.Context, source string) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = r.pay.Create(ctx, &square.CreatePaymentRequest{SourceID: source, IdempotencyKey: uuid.NewString()})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
