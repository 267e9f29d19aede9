// Package retry is a trimmed stub of github.com/avast/retry-go/v5 (v5.1.1):
// same package path, names and signatures; bodies panic.
package retry

import (
	"context"
	"time"
)

type RetryIfFunc func(error) bool

type OnRetryFunc func(attempt uint, err error)

type DelayContext interface {
	Delay() time.Duration
	MaxJitter() time.Duration
	MaxBackOffN() uint
	MaxDelay() time.Duration
}

type DelayTypeFunc func(n uint, err error, config DelayContext) time.Duration

type Timer interface {
	After(time.Duration) <-chan time.Time
}

type retrierCore struct {
	attempts uint
	delay    time.Duration
}

// Retrier is for retry operations that return only an error.
type Retrier struct {
	*retrierCore
}

// RetrierWithData is for retry operations that return data and an error.
type RetrierWithData[T any] struct {
	*retrierCore
}

// Option represents an option for retry.
type Option func(*retrierCore)

func New(opts ...Option) *Retrier { panic("stub") }

func NewWithData[T any](opts ...Option) *RetrierWithData[T] { panic("stub") }

func LastErrorOnly(lastErrorOnly bool) Option          { panic("stub") }
func Attempts(attempts uint) Option                    { panic("stub") }
func UntilSucceeded() Option                           { panic("stub") }
func AttemptsForError(attempts uint, err error) Option { panic("stub") }
func Delay(delay time.Duration) Option                 { panic("stub") }
func MaxDelay(maxDelay time.Duration) Option           { panic("stub") }
func MaxJitter(maxJitter time.Duration) Option         { panic("stub") }
func DelayType(delayType DelayTypeFunc) Option         { panic("stub") }
func OnRetry(onRetry OnRetryFunc) Option               { panic("stub") }
func RetryIf(retryIf RetryIfFunc) Option               { panic("stub") }
func Context(ctx context.Context) Option               { panic("stub") }
func WithTimer(t Timer) Option                         { panic("stub") }

func BackOffDelay(n uint, _ error, config DelayContext) time.Duration { panic("stub") }
func FixedDelay(_ uint, _ error, config DelayContext) time.Duration   { panic("stub") }

// RetryableFunc is the function retried by (*Retrier).Do.
type RetryableFunc func() error

// RetryableFuncWithData is the function retried by (*RetrierWithData).Do.
type RetryableFuncWithData[T any] func() (T, error)

func (r *Retrier) Do(retryableFunc RetryableFunc) error { panic("stub") }

func (r *RetrierWithData[T]) Do(retryableFunc RetryableFuncWithData[T]) (T, error) {
	panic("stub")
}

// Error is the type of the error returned by Do.
type Error []error

func (e Error) Error() string { panic("stub") }

func Unrecoverable(err error) error { panic("stub") }
func IsRecoverable(err error) bool  { panic("stub") }
