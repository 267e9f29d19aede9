// Package shop retries the acquirer's methods and judges the status
// through what the methods forward.
package shop

import (
	"context"
	"errors"
	"net/http"
	"time"

	"retrystatus/forwarded/acq"
)

// --- flagged ---

// Any error of the forwarded payout goes round again: a 422 too.
func payoutUntilDone(ctx context.Context, g *acq.Gateway, account string) (*acq.Payout, error) {
	var last error
	for try := 0; try < 4; try++ {
		p, err := g.CreatePayout(ctx, account, 500)
		if err == nil { // want `acq.Gateway.CreatePayout \(POST /payouts\) is retried by a for loop \(line 19\): every non-2xx status is retried`
			return p, nil
		}
		last = err
		time.Sleep(time.Duration(try+1) * 2 * time.Second)
	}
	return nil, last
}

// A local helper that runs the callback until it answers nil.
func again(n int, op func() error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

func captureWithHelper(ctx context.Context, g *acq.Gateway, id string) error {
	return again(3, func() error {
		return g.Capture(ctx, id) // want `acq.Gateway.Capture \(POST /payments/\{\}/capture\) is retried by again \(line 43\): every non-2xx status is retried`
	})
}

// The int the method hands back is the status: != 200 goes round again.
func payByStatus(ctx context.Context, g *acq.Gateway, account string) error {
	for n := 0; n < 3; n++ {
		_, code, err := g.Pay(ctx, account, 900)
		if err == nil && code == http.StatusOK { // want `acq.Gateway.Pay \(POST /payments\) is retried by a for loop \(line 50\): every non-2xx status is retried`
			return nil
		}
		if code != http.StatusOK {
			time.Sleep(3 * time.Second)
		}
	}
	return errors.New("pay failed")
}

// --- silent ---

// The wrapped error still carries the *Failure: only 5xx go round again.
func settleTransient(ctx context.Context, g *acq.Gateway, batch string) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = g.Settle(ctx, batch); err == nil {
			return nil
		}
		var f *acq.Failure
		if errors.As(err, &f) && f.HTTPStatus >= 500 {
			time.Sleep(2 * time.Second)
			continue
		}
		return err
	}
	return err
}

// Reverse does not err on every 4xx: its errors are not read as statuses.
func reverseUntilDone(ctx context.Context, g *acq.Gateway, id string) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = g.Reverse(ctx, id); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// Only 5xx of the int status go round again.
func payOn5xx(ctx context.Context, g *acq.Gateway, account string) error {
	for n := 0; n < 3; n++ {
		_, code, err := g.Pay(ctx, account, 900)
		if err != nil || code >= 500 {
			time.Sleep(3 * time.Second)
			continue
		}
		return nil
	}
	return errors.New("pay failed")
}

// The int Refund hands back is not a status.
func refundCount(ctx context.Context, g *acq.Gateway, id string) error {
	for n := 0; n < 3; n++ {
		tries, err := g.Refund(ctx, id)
		if err == nil && tries > 0 {
			return nil
		}
		if tries != 200 {
			time.Sleep(3 * time.Second)
		}
	}
	return errors.New("refund failed")
}
