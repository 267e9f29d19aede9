// Package retryx is the team's small retry helper: capped attempts,
// exponential backoff with jitter, and errors that opt out of retrying.
package retryx

import (
	"context"
	"errors"
	"math/rand"
	"net/http"
	"time"
)

// Policy says how often and how patiently to retry.
type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// Option tweaks a Policy.
type Option func(*Policy)

func WithAttempts(n int) Option           { return func(p *Policy) { p.Attempts = n } }
func WithBase(d time.Duration) Option     { return func(p *Policy) { p.Base = d } }
func WithMaxDelay(d time.Duration) Option { return func(p *Policy) { p.Max = d } }

// NewPolicy returns the default policy (4 attempts, 1s doubling up to 30s).
func NewPolicy(opts ...Option) Policy {
	p := Policy{Attempts: 4, Base: time.Second, Max: 30 * time.Second}
	for _, o := range opts {
		o(&p)
	}
	return p
}

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks err as not worth retrying.
func Permanent(err error) error { return permanent{err} }

// StatusError is an HTTP answer that was not a success.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return http.StatusText(e.Code) + ": " + e.Body }

// Classify turns an HTTP status into nil, a retryable or a permanent error.
func Classify(code int, body string) error {
	switch {
	case code < 300:
		return nil
	case code == http.StatusTooManyRequests, code == http.StatusRequestTimeout, code >= 500:
		return &StatusError{Code: code, Body: body}
	default:
		return Permanent(&StatusError{Code: code, Body: body})
	}
}

// Do calls fn until it succeeds, returns a permanent error, the attempts
// run out or ctx ends.
func Do[T any](ctx context.Context, p Policy, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	delay := p.Base
	var last error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		var perm permanent
		if errors.As(err, &perm) {
			return zero, perm.err
		}
		last = err
		if attempt == p.Attempts {
			break
		}
		jitter := time.Duration(rand.Int63n(int64(delay / 4)))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(delay + jitter):
		}
		delay *= 2
		if delay > p.Max {
			delay = p.Max
		}
	}
	return zero, last
}
