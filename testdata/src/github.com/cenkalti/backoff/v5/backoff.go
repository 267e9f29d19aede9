// Package backoff is a trimmed stub of github.com/cenkalti/backoff/v5
// (v5.0.3): same package path, names and signatures; bodies panic.
package backoff

import (
	"context"
	"time"
)

// BackOff is a backoff policy for retrying an operation.
type BackOff interface {
	NextBackOff() time.Duration
	Reset()
}

const Stop time.Duration = -1

type ZeroBackOff struct{}

func (b *ZeroBackOff) Reset()                     {}
func (b *ZeroBackOff) NextBackOff() time.Duration { return 0 }

type StopBackOff struct{}

func (b *StopBackOff) Reset()                     {}
func (b *StopBackOff) NextBackOff() time.Duration { return Stop }

type ConstantBackOff struct {
	Interval time.Duration
}

func (b *ConstantBackOff) Reset()                     {}
func (b *ConstantBackOff) NextBackOff() time.Duration { return b.Interval }

func NewConstantBackOff(d time.Duration) *ConstantBackOff {
	return &ConstantBackOff{Interval: d}
}

type ExponentialBackOff struct {
	InitialInterval     time.Duration
	RandomizationFactor float64
	Multiplier          float64
	MaxInterval         time.Duration

	currentInterval time.Duration
}

const (
	DefaultInitialInterval     = 500 * time.Millisecond
	DefaultRandomizationFactor = 0.5
	DefaultMultiplier          = 1.5
	DefaultMaxInterval         = 60 * time.Second
)

func NewExponentialBackOff() *ExponentialBackOff { panic("stub") }

func (b *ExponentialBackOff) Reset()                     { panic("stub") }
func (b *ExponentialBackOff) NextBackOff() time.Duration { panic("stub") }

type Ticker struct {
	C <-chan time.Time
}

func NewTicker(b BackOff) *Ticker { panic("stub") }
func (t *Ticker) Stop()           { panic("stub") }

// PermanentError signals that the operation should not be retried.
type PermanentError struct {
	Err error
}

func Permanent(err error) error         { panic("stub") }
func (e *PermanentError) Error() string { panic("stub") }
func (e *PermanentError) Unwrap() error { panic("stub") }

type RetryAfterError struct {
	Duration time.Duration
}

func RetryAfter(seconds int) error       { panic("stub") }
func (e *RetryAfterError) Error() string { panic("stub") }

const DefaultMaxElapsedTime = 15 * time.Minute

// Operation is executed by Retry.
type Operation[T any] func() (T, error)

// Notify is a notify-on-error function.
type Notify func(error, time.Duration)

type retryOptions struct {
	BackOff        BackOff
	Notify         Notify
	MaxTries       uint
	MaxElapsedTime time.Duration
}

type RetryOption func(*retryOptions)

func WithBackOff(b BackOff) RetryOption              { panic("stub") }
func WithNotify(n Notify) RetryOption                { panic("stub") }
func WithMaxTries(n uint) RetryOption                { panic("stub") }
func WithMaxElapsedTime(d time.Duration) RetryOption { panic("stub") }

func Retry[T any](ctx context.Context, operation Operation[T], opts ...RetryOption) (T, error) {
	panic("stub")
}
