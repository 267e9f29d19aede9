// Package retry is a trimmed stub of github.com/sethvargo/go-retry (v0.3.0):
// same package path, names and signatures; bodies panic.
package retry

import (
	"context"
	"time"
)

// Backoff is an interface that backs off.
type Backoff interface {
	Next() (next time.Duration, stop bool)
}

// BackoffFunc is a backoff expressed as a function.
type BackoffFunc func() (time.Duration, bool)

func (b BackoffFunc) Next() (time.Duration, bool) { return b() }

func WithJitter(j time.Duration, next Backoff) Backoff            { panic("stub") }
func WithJitterPercent(j uint64, next Backoff) Backoff            { panic("stub") }
func WithMaxRetries(max uint64, next Backoff) Backoff             { panic("stub") }
func WithCappedDuration(cap time.Duration, next Backoff) Backoff  { panic("stub") }
func WithMaxDuration(timeout time.Duration, next Backoff) Backoff { panic("stub") }

func Constant(ctx context.Context, t time.Duration, f RetryFunc) error       { panic("stub") }
func NewConstant(t time.Duration) Backoff                                    { panic("stub") }
func Exponential(ctx context.Context, base time.Duration, f RetryFunc) error { panic("stub") }
func NewExponential(base time.Duration) Backoff                              { panic("stub") }
func Fibonacci(ctx context.Context, base time.Duration, f RetryFunc) error   { panic("stub") }
func NewFibonacci(base time.Duration) Backoff                                { panic("stub") }

// RetryFunc is a function passed to Do.
type RetryFunc func(ctx context.Context) error

// RetryFuncValue is a function passed to DoValue.
type RetryFuncValue[T any] func(ctx context.Context) (T, error)

// RetryableError marks an error as retryable.
func RetryableError(err error) error { panic("stub") }

func DoValue[T any](ctx context.Context, b Backoff, f RetryFuncValue[T]) (T, error) { panic("stub") }

func Do(ctx context.Context, b Backoff, f RetryFunc) error { panic("stub") }
