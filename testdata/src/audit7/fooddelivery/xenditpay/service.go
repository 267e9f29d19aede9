// Package xenditpay charges Indonesian customers (QRIS, e-wallets) through
// Xendit payment requests.
package xenditpay

import (
	"context"
	"fmt"
	"time"

	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
	"github.com/xendit/xendit-go/v7/refund"
)

type Service struct {
	x *xendit.APIClient
}

func NewService(apiKey string) *Service { return &Service{x: xendit.NewClient(apiKey)} }

func params(orderID string, idr float64) paymentrequest.PaymentRequestParameters {
	return paymentrequest.PaymentRequestParameters{ReferenceId: &orderID, Amount: &idr}
}

// Charge creates the payment request for an order; the key is the order.
func (s *Service) Charge(ctx context.Context, orderID string, idr float64) (*paymentrequest.PaymentRequest, error) {
	wait := time.Second
	for attempt := 0; ; attempt++ {
		pr, _, xerr := s.x.PaymentRequestApi.CreatePaymentRequest(ctx).
			IdempotencyKey("order-" + orderID).
			PaymentRequestParameters(params(orderID, idr)).
			Execute()
		if xerr == nil {
			return pr, nil
		}
		if attempt == 3 {
			return nil, xerr
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// ChargeTopUp tops up the customer's in-app wallet.
func (s *Service) ChargeTopUp(ctx context.Context, customerID string, idr float64) (*paymentrequest.PaymentRequest, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		ref := fmt.Sprintf("topup-%s-%d", customerID, time.Now().UnixMilli())
		pr, _, xerr := s.x.PaymentRequestApi.CreatePaymentRequest(ctx). // want "\\[idempotency\\] xendit PaymentRequestApi.CreatePaymentRequest is retried by a for loop \\(line 47\\) with an idempotency key made anew on every attempt"
										IdempotencyKey(ref).
										PaymentRequestParameters(params(ref, idr)).
										Execute()
		if xerr == nil {
			return pr, nil
		}
		lastErr = xerr
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return nil, lastErr
}

// RefundCancelled refunds an order the restaurant rejected.
func (s *Service) RefundCancelled(ctx context.Context, paymentRequestID, orderID string, idr float64) error {
	ref := "cancel-" + orderID
	_, _, xerr := s.x.RefundApi.CreateRefund(ctx).
		IdempotencyKey(ref).
		CreateRefund(refund.CreateRefund{PaymentRequestId: &paymentRequestID, ReferenceId: &ref, Amount: &idr}).
		Execute()
	if xerr != nil {
		return xerr
	}
	return nil
}
