// Package settle pays through Square's payments client held in a field
// of its own interface type, filled by the constructor.
package settle

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
	"github.com/square/square-go-sdk/payments"
)

type squarePayments interface {
	Create(ctx context.Context, request *square.CreatePaymentRequest, opts ...option.RequestOption) (*square.CreatePaymentResponse, error)
	Get(ctx context.Context, request *square.GetPaymentsRequest, opts ...option.RequestOption) (*square.GetPaymentResponse, error)
}

type Settler struct{ sq squarePayments }

func NewSettler(c *payments.Client) *Settler { return &Settler{sq: c} }

// settled waits for a payment for up to thirty seconds; false when it
// is still pending at the end.
func (s *Settler) settled(ctx context.Context, id string) (bool, error) {
	for i := 0; i < 10; i++ {
		got, err := s.sq.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err != nil {
			return false, err
		}
		switch *got.Payment.Status {
		case "COMPLETED":
			return true, nil
		case "FAILED", "CANCELED":
			return false, errors.New("payment failed")
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

// Settle pays again on every pass after the wait gives up while the
// previous payment may still be pending.
func (s *Settler) Settle(ctx context.Context, source string) error {
	for pass := 0; pass < 3; pass++ {
		res, err := s.sq.Create(ctx, &square.CreatePaymentRequest{SourceID: source, IdempotencyKey: uuid.NewString()}) // want `payment square Payments.Create made again on every pass`
		if err != nil {
			return err
		}
		ok, err := s.settled(ctx, *res.Payment.ID)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errors.New("not settled")
}
