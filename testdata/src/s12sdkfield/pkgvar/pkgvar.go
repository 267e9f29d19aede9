// Package pkgvar keeps Square's payments client in a package variable of
// its own interface type, set in init.
package pkgvar

import (
	"context"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
	"github.com/square/square-go-sdk/payments"
)

type creator interface {
	Create(ctx context.Context, request *square.CreatePaymentRequest, opts ...option.RequestOption) (*square.CreatePaymentResponse, error)
}

var gateway creator

func init() { gateway = payments.NewClient() }

func Pay(ctx context.Context, source string) (err error) {
	for attempt := 0; attempt < 4; attempt++ {
		req := &square.CreatePaymentRequest{SourceID: source, IdempotencyKey: uuid.NewString()}
		if _, err = gateway.Create(ctx, req); err == nil { // want `square Payments.Create`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}
