// Package m11sdkbackoff: an SDK that errs on every answer >= 300
// (Adyen) called inside a backoff operation. Returning the SDK's error
// for every failure, wrapped or not, makes backoff retry a 422 or a 403
// like a 503; only backoff.Permanent stops it.
package m11sdkbackoff

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	backoffv4 "github.com/cenkalti/backoff/v4"
	"github.com/cenkalti/backoff/v5"
)

var errDeclined = errors.New("capture declined")

type Settlements struct {
	psp      *adyen.APIClient
	merchant string
}

// CaptureBooking (backoff v5, generic operation): the SDK's error goes
// back as it is, whatever the status.
func (s *Settlements) CaptureBooking(ctx context.Context, pspRef string, amt checkout.Amount) (string, error) {
	return backoff.Retry(ctx, func() (string, error) {
		in := s.psp.Checkout().ModificationsApi.CaptureAuthorisedPaymentInput(pspRef).
			IdempotencyKey("cap-" + pspRef).
			PaymentCaptureRequest(checkout.PaymentCaptureRequest{Amount: amt, MerchantAccount: s.merchant})
		res, _, err := s.psp.Checkout().ModificationsApi.CaptureAuthorisedPayment(ctx, in)
		if err != nil { // want `adyen ModificationsApi.CaptureAuthorisedPayment is retried by backoff.Retry \(line 29\): every non-2xx status is retried, including 400/404/422`
			return "", err
		}
		return res.PaymentPspReference, nil
	}, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(5))
}

// RefundDeposit (backoff v4, the error returned directly by the call).
func (s *Settlements) RefundDeposit(ctx context.Context, pspRef, claim string, amt checkout.Amount) error {
	op := func() error {
		in := s.psp.Checkout().ModificationsApi.RefundCapturedPaymentInput(pspRef).
			IdempotencyKey("deposit-" + claim).
			PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: amt, MerchantAccount: s.merchant})
		_, _, err := s.psp.Checkout().ModificationsApi.RefundCapturedPayment(ctx, in)
		return err // want `adyen ModificationsApi.RefundCapturedPayment is retried by backoff.Retry \(line 50\): every non-2xx status is retried`
	}
	return backoffv4.Retry(op, backoffv4.WithContext(backoffv4.NewExponentialBackOff(), ctx))
}

// ---- look-alikes that stay silent ----

// RefundChecked: 4xx answers but 429 are made permanent from the
// response's status.
func (s *Settlements) RefundChecked(ctx context.Context, pspRef, claim string, amt checkout.Amount) error {
	op := func() error {
		in := s.psp.Checkout().ModificationsApi.RefundCapturedPaymentInput(pspRef).
			IdempotencyKey("deposit-" + claim).
			PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: amt, MerchantAccount: s.merchant})
		_, httpRes, err := s.psp.Checkout().ModificationsApi.RefundCapturedPayment(ctx, in)
		if err != nil && httpRes != nil && httpRes.StatusCode >= 400 && httpRes.StatusCode < 500 && httpRes.StatusCode != http.StatusTooManyRequests {
			return backoffv4.Permanent(err)
		}
		return err
	}
	return backoffv4.Retry(op, backoffv4.WithContext(backoffv4.NewExponentialBackOff(), ctx))
}

// CaptureChecked (v5): a status below 500 stops the retry.
func (s *Settlements) CaptureChecked(ctx context.Context, pspRef string, amt checkout.Amount) (string, error) {
	return backoff.Retry(ctx, func() (string, error) {
		in := s.psp.Checkout().ModificationsApi.CaptureAuthorisedPaymentInput(pspRef).
			IdempotencyKey("cap-" + pspRef).
			PaymentCaptureRequest(checkout.PaymentCaptureRequest{Amount: amt, MerchantAccount: s.merchant})
		res, httpRes, err := s.psp.Checkout().ModificationsApi.CaptureAuthorisedPayment(ctx, in)
		if err != nil {
			if httpRes != nil && httpRes.StatusCode < 500 {
				return "", backoff.Permanent(errDeclined)
			}
			return "", err
		}
		return res.PaymentPspReference, nil
	}, backoff.WithMaxTries(4), backoff.WithBackOff(backoff.NewConstantBackOff(2*time.Second)))
}

// LinkStatus: a read retried on every error moves no money.
func (s *Settlements) LinkStatus(ctx context.Context, linkID string) (string, error) {
	return backoff.Retry(ctx, func() (string, error) {
		res, _, err := s.psp.Checkout().PaymentLinksApi.GetPaymentLink(ctx, s.psp.Checkout().PaymentLinksApi.GetPaymentLinkInput(linkID))
		if err != nil {
			return "", err
		}
		return res.Status, nil
	}, backoff.WithMaxTries(4), backoff.WithBackOff(backoff.NewConstantBackOff(2*time.Second)))
}
