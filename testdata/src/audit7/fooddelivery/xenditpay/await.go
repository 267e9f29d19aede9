package xenditpay

import (
	"context"
	"errors"
	"time"

	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
)

var ErrNotPaid = errors.New("xenditpay: not paid")

// AwaitQRIS waits while the customer scans the QR code; if the code is
// not paid within two minutes a fresh QR is generated for the screen.
func (s *Service) AwaitQRIS(ctx context.Context, orderID string, idr float64) (*paymentrequest.PaymentRequest, error) {
	pr, err := s.Charge(ctx, orderID, idr)
	if err != nil {
		return nil, err
	}
	started := time.Now()
	for {
		cur, _, xerr := s.x.PaymentRequestApi.GetPaymentRequestByID(ctx, pr.Id).Execute()
		if xerr != nil {
			return nil, xerr
		}
		switch cur.Status {
		case paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED:
			return cur, nil
		case paymentrequest.PAYMENTREQUESTSTATUS_FAILED:
			return nil, ErrNotPaid
		}
		if time.Since(started) > 2*time.Minute {
			pr, _, xerr = s.x.PaymentRequestApi.CreatePaymentRequest(ctx). // want "\\[pollcreate\\] new payment created inside the loop that polls payment pr.Id"
											PaymentRequestParameters(params(orderID, idr)).
											Execute()
			if xerr != nil {
				return nil, xerr
			}
			started = time.Now()
		}
		time.Sleep(3 * time.Second)
	}
}

// AwaitEwallet waits for an OVO/DANA push approval.
func (s *Service) AwaitEwallet(ctx context.Context, prID string) error {
	for { // want "\\[pollbound\\] loop polling payment prID has no bound"
		cur, _, xerr := s.x.PaymentRequestApi.GetPaymentRequestByID(ctx, prID).Execute()
		if xerr != nil {
			return xerr
		}
		if cur.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
}

// RetryExpired offers a new QR only once the old one is final.
func (s *Service) RetryExpired(ctx context.Context, orderID, prID string, idr float64) (*paymentrequest.PaymentRequest, error) {
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		cur, _, xerr := s.x.PaymentRequestApi.GetPaymentRequestByID(ctx, prID).Execute()
		if xerr != nil {
			return nil, xerr
		}
		switch cur.Status {
		case paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED:
			return cur, nil
		case paymentrequest.PAYMENTREQUESTSTATUS_EXPIRED, paymentrequest.PAYMENTREQUESTSTATUS_FAILED:
			pr, _, xerr := s.x.PaymentRequestApi.CreatePaymentRequest(ctx).
				IdempotencyKey(orderID + "-after-" + prID).
				PaymentRequestParameters(params(orderID, idr)).
				Execute()
			return pr, xerr
		}
		time.Sleep(4 * time.Second)
	}
	return nil, ErrNotPaid
}
