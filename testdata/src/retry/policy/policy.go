// Package policy: what the retry model knows of retry libraries, HTTP
// responses and payment SDK errors (model questions in policy.go and
// lib_*.go), with look-alikes of package fake that must stay silent.
package policy

import (
	"context"
	"errors"
	"net/http"
	"time"

	retrygo4 "github.com/avast/retry-go/v4"
	retrygo5 "github.com/avast/retry-go/v5"
	backoff4 "github.com/cenkalti/backoff/v4"
	backoff5 "github.com/cenkalti/backoff/v5"
	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
	sethretry "github.com/sethvargo/go-retry"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"retry/policy/fake"
)

var errBusy = errors.New("busy")

func send() error { return nil }

// --- retry-go ---

func retryGo() {
	retrygo4.Do(send, retrygo4.Attempts(3))                                                   // want `policy avast/retry-go: wait not fixed, errors retried`
	retrygo4.Do(send, retrygo4.Delay(0))                                                      // want `policy avast/retry-go: wait fixed 0s, errors retried`
	retrygo4.Do(send, retrygo4.DelayType(retrygo4.FixedDelay))                                // want `policy avast/retry-go: wait fixed 100ms, errors retried`
	retrygo4.Do(send, retrygo4.Delay(2*time.Second), retrygo4.DelayType(retrygo4.FixedDelay)) // want `policy avast/retry-go: wait fixed 2s, errors retried`
	retrygo4.Do(send, retrygo4.DelayType(retrygo4.RandomDelay))                               // want `policy avast/retry-go: wait not fixed, errors retried`
	retrygo4.Do(send, retrygo4.RetryIf(func(error) bool { return true }))                     // want `policy avast/retry-go: wait not fixed, errors unread`
	delay := retrygo4.Delay(0)
	retrygo4.Do(send, delay) // want `policy avast/retry-go: wait fixed 0s, errors retried`
	r := retrygo5.New(retrygo5.Delay(300*time.Millisecond), retrygo5.DelayType(retrygo5.FixedDelay))
	r.Do(send)                 // want `policy avast/retry-go: wait fixed 300ms, errors retried`
	retrygo4.Do(func() error { // want `policy avast/retry-go: wait not fixed, errors retried`
		if err := send(); err != nil {
			return retrygo4.Unrecoverable(err) // want `mark permanent`
		}
		return errBusy
	})
}

func retryGoOpts(opts []retrygo4.Option) {
	retrygo4.Do(send, opts...) // want `policy avast/retry-go: wait not fixed, errors unread`
}

// --- sethvargo/go-retry ---

func goRetry(ctx context.Context, every time.Duration) {
	op := func(ctx context.Context) error { return sethretry.RetryableError(send()) }
	sethretry.Constant(ctx, 100*time.Millisecond, op)                                      // want `policy sethvargo/go-retry: wait fixed 100ms, errors marked`
	sethretry.Constant(ctx, every, op)                                                     // want `policy sethvargo/go-retry: wait not fixed, errors marked`
	sethretry.Exponential(ctx, 100*time.Millisecond, op)                                   // want `policy sethvargo/go-retry: wait not fixed, errors marked`
	sethretry.Do(ctx, sethretry.WithMaxRetries(3, sethretry.NewConstant(time.Second)), op) // want `policy sethvargo/go-retry: wait fixed 1s, errors marked`
	jittered := sethretry.WithJitter(time.Second, sethretry.NewConstant(50*time.Millisecond))
	sethretry.Do(ctx, jittered, op)                                                         // want `policy sethvargo/go-retry: wait not fixed, errors marked`
	sethretry.Do(ctx, sethretry.NewConstant(time.Second), func(ctx context.Context) error { // want `policy sethvargo/go-retry: wait fixed 1s, errors marked`
		return sethretry.RetryableError(send()) // want `mark retryable`
	})
}

// --- cenkalti/backoff ---

func backoff(ctx context.Context) {
	backoff4.Retry(func() error { // want `policy cenkalti/backoff: wait not read, errors retried`
		return backoff4.Permanent(send()) // want `mark permanent`
	}, &backoff4.ZeroBackOff{}) // want `no-wait policy`
	backoff5.Retry(ctx, func() (int, error) { // want `policy cenkalti/backoff: wait not read, errors retried`
		return 0, backoff5.RetryAfter(2) // want `mark retryable`
	}, backoff5.WithBackOff(&backoff5.ZeroBackOff{})) // want `no-wait policy`
	backoff4.Retry(send, backoff4.NewConstantBackOff(time.Second)) // want `policy cenkalti/backoff: wait not read, errors retried`
}

// --- go-retryablehttp ---

func rhttp() *retryablehttp.Client {
	c := retryablehttp.NewClient()
	c.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) { // want `CheckRetry set`
		return retryablehttp.DefaultRetryPolicy(ctx, resp, err) // want `library CheckRetry policy`
	}
	return &retryablehttp.Client{CheckRetry: retryablehttp.DefaultRetryPolicy} // want `CheckRetry set`
}

// --- responses ---

func responses(c *http.Client, rc *resty.Client) {
	resp, _ := c.Get("https://api.example/v1/payments/1")    // want `response resp`
	_ = resp.StatusCode                                      // want `status read`
	rr, _ := rc.R().Get("https://api.example/v1/payments/1") // want `response rr`
	_ = rr.StatusCode()                                      // want `status read`
	_ = rr.IsSuccess()                                       // want `status test: 200 true, 404 false`
	_ = rr.IsError()                                         // want `status test: 200 false, 404 true`
}

// --- stripe-go ---

func stripeErrors(ctx context.Context) {
	_, err := paymentintent.Get("pi_1", nil) // want `stripe call`
	var se *stripe.Error                     // want `stripe error se`
	if errors.As(err, &se) {
		_ = se.HTTPStatusCode // want `stripe field status`
		_ = se.Type           // want `stripe field type`
	}
}

// --- look-alikes: silent ---

func lookalikes(ctx context.Context) {
	fake.Do(send, fake.Delay(0), fake.DelayType(fake.FixedDelay))
	fake.Retry(func() error { return fake.Permanent(send()) }, &fake.ZeroBackOff{})
	fake.Constant(ctx, time.Millisecond, func(context.Context) error { return fake.RetryableError(send()) })
	retrygo4.Do(func() error { return fake.Unrecoverable(send()) }) // want `policy avast/retry-go: wait not fixed, errors retried`
	c := &fake.Client{}
	c.CheckRetry = fake.DefaultRetryPolicy
	resp, _ := fake.Charge()
	_ = resp.StatusCode
	_ = resp.IsSuccess()
	fe := &fake.Error{}
	_, _ = fe.Type, fe.HTTPStatusCode
}
