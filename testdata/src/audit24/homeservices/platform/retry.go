// Package platform holds the small shared pieces every service uses:
// retries, HTTP clients, signatures, mail.
package platform

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/hashicorp/go-retryablehttp"
)

// Retry runs fn up to four times with exponential backoff starting at one
// second. It is meant for calls to upstream APIs that fail transiently.
func Retry[T any](ctx context.Context, op string, fn func() (T, error)) (T, error) {
	return retry.DoWithData(fn,
		retry.Context(ctx),
		retry.Attempts(4),
		retry.Delay(time.Second),
		retry.MaxDelay(20*time.Second),
		retry.DelayType(retry.BackOffDelay),
		retry.OnRetry(func(n uint, err error) {
			slog.Warn("retrying", "op", op, "attempt", n, "err", err)
		}),
	)
}

// Options configure NewHTTPClient.
type Options struct {
	RetryMax int
	WaitMin  time.Duration
	WaitMax  time.Duration
	Timeout  time.Duration
	Policy   retryablehttp.CheckRetry
}

// Option mutates Options.
type Option func(*Options)

func WithRetries(n int) Option                     { return func(o *Options) { o.RetryMax = n } }
func WithTimeout(d time.Duration) Option           { return func(o *Options) { o.Timeout = d } }
func WithPolicy(p retryablehttp.CheckRetry) Option { return func(o *Options) { o.Policy = p } }

// NewHTTPClient returns a self-retrying client with our defaults.
func NewHTTPClient(opts ...Option) *retryablehttp.Client {
	o := Options{RetryMax: 3, WaitMin: 500 * time.Millisecond, WaitMax: 10 * time.Second, Timeout: 15 * time.Second}
	for _, fn := range opts {
		fn(&o)
	}
	c := retryablehttp.NewClient()
	c.HTTPClient = &http.Client{Timeout: o.Timeout}
	c.RetryMax = o.RetryMax
	c.RetryWaitMin = o.WaitMin
	c.RetryWaitMax = o.WaitMax
	c.Logger = nil
	if o.Policy != nil {
		c.CheckRetry = o.Policy
	}
	return c
}

// TransientOnly retries connection errors, 429 and 5xx answers.
func TransientOnly(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return true, nil
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return true, nil
	}
	return false, nil
}
