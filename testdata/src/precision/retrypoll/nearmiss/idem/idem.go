// Package idem holds the near misses of the idempotency look-alikes: each
// must still be reported.
package idem

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// lazyButEmptied makes the key lazily but empties it after each attempt.
func lazyButEmptied(amount int64) {
	var key string
	for attempt := 0; attempt < 3; attempt++ {
		if key == "" {
			key = uuid.NewString()
		}
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
		p.SetIdempotencyKey(key)
		if _, err := paymentintent.New(p); err == nil { // want `made anew on every attempt`
			return
		}
		key = ""
	}
}

// errorContinues goes round after an error, with a fresh key.
func errorContinues(amount int64) {
	for attempt := 0; attempt < 3; attempt++ {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
		p.SetIdempotencyKey(uuid.NewString())
		pi, err := paymentintent.New(p) // want `made anew on every attempt`
		if err != nil {
			continue
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
	}
}

// retryingClient keeps retryablehttp's retries on.
func retryingClient(ctx context.Context, base, body string) {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 3
	req, _ := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", strings.NewReader(body))
	_, _ = rc.Do(req) // want `retried by the retryablehttp.Client`
}

// errorLeavesButFiveHundredContinues: a raw HTTP send whose error leaves
// the loop still goes round on a 5xx answer.
func errorLeavesButFiveHundredContinues(ctx context.Context, hc *http.Client, base string, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments", bytes.NewReader(body))
		resp, err := hc.Do(req) // want `without an idempotency key`
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			continue
		}
		return nil
	}
	return errors.New("giving up")
}

// captureRetried: an action segment is still a write.
func captureRetried(ctx context.Context, hc *http.Client, base, id string) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments/"+id+"/capture", nil)
		if resp, err := hc.Do(req); err == nil && resp.StatusCode < 500 { // want `without an idempotency key`
			return nil
		}
	}
	return errors.New("giving up")
}
