package platform

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

// RetryPolicy describes how Do retries an operation.
type RetryPolicy struct {
	Initial    time.Duration
	Max        time.Duration
	MaxElapsed time.Duration
	Attempts   uint64
}

// DefaultPolicy is used by provider clients: exponential, up to five
// attempts within two minutes.
var DefaultPolicy = RetryPolicy{
	Initial:    500 * time.Millisecond,
	Max:        10 * time.Second,
	MaxElapsed: 2 * time.Minute,
	Attempts:   5,
}

// Do runs op until it succeeds, the policy is exhausted or the context is
// done. Wrap an error with backoff.Permanent to stop early.
func Do(ctx context.Context, p RetryPolicy, op func() error) error {
	b := backoff.NewExponentialBackOff(
		backoff.WithInitialInterval(p.Initial),
		backoff.WithMaxInterval(p.Max),
		backoff.WithMaxElapsedTime(p.MaxElapsed),
	)
	return backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(b, p.Attempts), ctx))
}

// DoValue is Do for operations that produce a value.
func DoValue[T any](ctx context.Context, p RetryPolicy, op func() (T, error)) (T, error) {
	var out T
	err := Do(ctx, p, func() error {
		v, err := op()
		if err != nil {
			return err
		}
		out = v
		return nil
	})
	return out, err
}

// HTTPError is returned by the hand-written clients for non-2xx answers.
type HTTPError struct {
	Status int
	Body   string
}

func (e *HTTPError) Error() string { return http.StatusText(e.Status) + ": " + e.Body }

// Temporary reports whether the answer may change on a new attempt.
func (e *HTTPError) Temporary() bool {
	return e.Status == http.StatusTooManyRequests || e.Status >= 500
}

// Classify turns a client error into one Do understands: answers that will
// not change stop the retry.
func Classify(err error) error {
	var he *HTTPError
	if errors.As(err, &he) && !he.Temporary() {
		return backoff.Permanent(err)
	}
	return err
}
