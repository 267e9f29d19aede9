// Package use retries the psp client's calls: it judges which statuses go
// round again through the wrapper's summary (an error for every 4xx/5xx,
// the status in HTTPError.Code).
package use

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"

	"retrystatus/wrapped/psp"
)

// --- flagged ---

// Any HTTPError goes round again: a 422 is captured three times.
func captureAnyHTTPError(ctx context.Context, c *psp.Client, id string) error {
	var err error
	for i := 0; i < 3; i++ {
		err = c.Capture(ctx, id, "cap-"+id)
		if err == nil {
			return nil
		}
		if he, ok := err.(*psp.HTTPError); ok && he.Code > 0 { // want `psp.Client.Capture \(POST /v1/payments/\{\}/capture\) is retried by a for loop \(line 22\): every non-2xx status is retried`
			time.Sleep(2 * time.Second)
			continue
		}
		return err
	}
	return err
}

// The operation hands the wrapper's error straight back: nothing is
// permanent.
func refundBlind(ctx context.Context, c *psp.Client, id string) error {
	return backoff.Retry(func() error {
		return c.Refund(ctx, id, "ref-"+id) // want `psp.Client.Refund \(POST /v1/refunds\) is retried by backoff.Retry \(line 39\): every non-2xx status is retried`
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}

// --- silent ---

// Only 5xx and 429 go round again.
func captureTransient(ctx context.Context, c *psp.Client, id string) error {
	var err error
	for i := 0; i < 3; i++ {
		err = c.Capture(ctx, id, "cap-"+id)
		if err == nil {
			return nil
		}
		var he *psp.HTTPError
		if errors.As(err, &he) && (he.Code >= 500 || he.Code == http.StatusTooManyRequests) {
			time.Sleep(2 * time.Second)
			continue
		}
		return err
	}
	return err
}

// 4xx are marked permanent.
func capturePermanent4xx(ctx context.Context, c *psp.Client, id string) error {
	return backoff.Retry(func() error {
		err := c.Capture(ctx, id, "cap-"+id)
		var he *psp.HTTPError
		if errors.As(err, &he) && he.Code < 500 && he.Code != http.StatusTooManyRequests {
			return backoff.Permanent(err)
		}
		return err
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}

// Void answers nil for 404: no summary, not judged.
func voidBlind(ctx context.Context, c *psp.Client, id string) error {
	return backoff.Retry(func() error {
		return c.Void(ctx, id, "void-"+id)
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}

// Settle's error comes from a helper that may answer nil: not judged.
func settleBlind(ctx context.Context, c *psp.Client, id string) error {
	return backoff.Retry(func() error {
		return c.Settle(ctx, id, "settle-"+id)
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}

const payouts = "https://psp.example.com/v1/payouts"

// A wrapper that returns the response: a success test, then everything
// else goes round again.
func payoutUntil200(ctx context.Context, c *psp.Client, body []byte) {
	for {
		resp, err := c.Post(ctx, payouts, body, "payout-1")
		if err == nil && resp.StatusCode == http.StatusOK { // want `POST /v1/payouts is retried by a for loop \(line 95\): every non-2xx status is retried`
			resp.Body.Close()
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// The same wrapper, 4xx answers end the loop.
func payoutTransient(ctx context.Context, c *psp.Client, body []byte) error {
	for i := 0; i < 4; i++ {
		resp, err := c.Post(ctx, payouts, body, "payout-2")
		if err == nil && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
			resp.Body.Close()
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errors.New("payout: gave up")
}
