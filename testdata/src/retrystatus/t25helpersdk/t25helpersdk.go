// Package t25helpersdk: a razorpay-go write (its error stands for every
// non-2xx answer) retried by an in-house helper of another package that
// retries every error but its own Halt mark. Returning the SDK's error
// unclassified sends a refused refund (a 400) round again like a 503.
package t25helpersdk

import (
	"errors"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
	rzperrors "github.com/razorpay/razorpay-go/errors"

	"retrystatus/t25helpersdk/again"
	"retrystatus/t25helpersdk/onlymarked"
)

type Studio struct {
	rzp *razorpay.Client
}

// RefundClass: the refund's error goes back as it is.
func (s *Studio) RefundClass(paymentID string, paise int) error {
	return again.Until(4, 3*time.Second, func() error {
		_, err := s.rzp.Payment.Refund(paymentID, paise, map[string]interface{}{"speed": "optimum"}, nil)
		return err // want `razorpay Payment.Refund is retried by again.Until \(line 24\): every non-2xx status is retried, including 400/404/409/422, which will fail the same way again; retry only network errors, 408, 429 and 5xx`
	})
}

// CaptureMembership: the error tested, then handed back wrapped.
func (s *Studio) CaptureMembership(paymentID string, paise int) error {
	return again.Until(3, time.Second, func() error {
		_, err := s.rzp.Payment.Capture(paymentID, paise, map[string]interface{}{"currency": "INR"}, nil)
		if err != nil { // want `razorpay Payment.Capture is retried by again.Until \(line 32\): every non-2xx status is retried`
			return errors.Join(errors.New("capture"), err)
		}
		return nil
	})
}

// ---- look-alikes that stay silent ----

// RefundHalting: the SDK's client errors are halted, the rest retried.
func (s *Studio) RefundHalting(paymentID string, paise int) error {
	return again.Until(4, 3*time.Second, func() error {
		_, err := s.rzp.Payment.Refund(paymentID, paise, nil, nil)
		var bad *rzperrors.BadRequestError
		if errors.As(err, &bad) {
			return again.Halt(err)
		}
		return err
	})
}

// RefundNoRetry: every error halted.
func (s *Studio) RefundNoRetry(paymentID string, paise int) error {
	return again.Until(4, 3*time.Second, func() error {
		if _, err := s.rzp.Payment.Refund(paymentID, paise, nil, nil); err != nil {
			return again.Halt(err)
		}
		return nil
	})
}

// RefundMarked: a helper retrying only what is marked transient, and
// only server and gateway errors marked.
func (s *Studio) RefundMarked(paymentID string, paise int) error {
	return onlymarked.Run(3, func() error {
		_, err := s.rzp.Payment.Refund(paymentID, paise, nil, nil)
		var se *rzperrors.ServerError
		var ge *rzperrors.GatewayError
		if errors.As(err, &se) || errors.As(err, &ge) {
			return onlymarked.Transient(err)
		}
		return err
	})
}

// ClassStatus: a read retried on its error wastes a call and moves no
// money.
func (s *Studio) ClassStatus(paymentID string) (string, error) {
	var st string
	err := again.Until(3, time.Second, func() error {
		p, err := s.rzp.Payment.Fetch(paymentID, nil, nil)
		if err != nil {
			return err
		}
		st, _ = p["status"].(string)
		return nil
	})
	return st, err
}
