// Package commaok reads payments through a retrying backoff operation.
// A read retried until it answers, whatever the status in the answer, is
// a retried read: a fixed sub-second wait between its attempts is
// retrybackoff's. A backoff operation that asks for another round while
// the payment is pending is a poll: pollinterval's, not retrybackoff's.
package commaok

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	razorpay "github.com/razorpay/razorpay-go"
)

var errPending = errors.New("payment still pending")

type Fees struct{ rzp *razorpay.Client }

// Status hands back the status of the payment's first answer: the
// operation ends as soon as a read succeeds and carries a status.
func (f *Fees) Status(ctx context.Context, id string) (string, error) {
	var status string
	op := func() error {
		p, err := f.rzp.Payment.Fetch(id, nil, nil) // want `razorpay Payment.Fetch is retried by backoff.Retry \(line \d+\) every 250ms, a fixed wait that does not grow`
		if err != nil {
			return err
		}
		s, ok := p["status"].(string)
		if !ok {
			return backoff.Permanent(errors.New("no status"))
		}
		status = s
		return nil
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewConstantBackOff(250*time.Millisecond), 5), ctx)
	return status, backoff.Retry(op, b)
}

// Method reads the payment's method the same way, from a map key.
func (f *Fees) Method(ctx context.Context, id string) (string, error) {
	var method string
	op := func() error {
		p, err := f.rzp.Payment.Fetch(id, nil, nil) // want `razorpay Payment.Fetch is retried by backoff.Retry \(line \d+\) every 300ms`
		if err != nil {
			return err
		}
		if m, ok := p["method"]; ok {
			method, _ = m.(string)
		}
		return nil
	}
	return method, backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewConstantBackOff(300*time.Millisecond), 3), ctx))
}

// AwaitCaptured polls: the operation fails while the payment is not
// captured, so the backoff goes round every 250ms.
func (f *Fees) AwaitCaptured(ctx context.Context, id string) error {
	op := func() error {
		p, err := f.rzp.Payment.Fetch(id, nil, nil)
		if err != nil {
			return err
		}
		s, ok := p["status"].(string)
		if !ok || s != "captured" {
			return errPending
		}
		return nil
	}
	return backoff.Retry(op, backoff.WithContext(backoff.NewConstantBackOff(250*time.Millisecond), ctx))
}
