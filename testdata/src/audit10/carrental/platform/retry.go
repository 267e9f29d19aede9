// Package platform holds small in-house helpers shared by the services:
// retries, polling and webhook signatures.
package platform

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"
)

// SettlementPollEvery is how often settlement state is refreshed.
const SettlementPollEvery = 1 * time.Second

// StatusError is an unexpected HTTP answer from a remote API.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("remote status %d: %s", e.Code, e.Body) }

// IsRetryable reports whether err is worth another attempt: network
// errors, 408, 429 and 5xx.
func IsRetryable(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code == 408 || se.Code == 429 || se.Code >= 500
	}
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// Policy configures Do.
type Policy struct {
	Attempts int
	Initial  time.Duration
	Max      time.Duration
}

// DefaultPolicy is 4 attempts, 1s doubling to 10s.
func DefaultPolicy() Policy { return Policy{Attempts: 4, Initial: time.Second, Max: 10 * time.Second} }

// Do calls fn until it succeeds, fails with an error that is not
// retryable, or the attempts run out.
func Do(ctx context.Context, p Policy, fn func(ctx context.Context) error) error {
	wait := p.Initial
	var err error
	for i := 0; i < p.Attempts; i++ {
		if err = fn(ctx); err == nil || !IsRetryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(wait*2, p.Max)
	}
	return err
}
