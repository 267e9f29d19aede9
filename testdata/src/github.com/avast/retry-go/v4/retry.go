// Package retry is a trimmed stub of github.com/avast/retry-go/v4 (v4.7.0):
// same package path, names and signatures; bodies panic.
package retry

import (
	"context"
	"time"
)

type RetryIfFunc func(error) bool

type OnRetryFunc func(attempt uint, err error)

type DelayTypeFunc func(n uint, err error, config *Config) time.Duration

type Timer interface {
	After(time.Duration) <-chan time.Time
}

type Config struct {
	attempts uint
	delay    time.Duration
	context  context.Context
}

// Option represents an option for retry.
type Option func(*Config)

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

func BackOffDelay(n uint, _ error, config *Config) time.Duration { panic("stub") }
func FixedDelay(_ uint, _ error, config *Config) time.Duration   { panic("stub") }
func RandomDelay(_ uint, _ error, config *Config) time.Duration  { panic("stub") }
func CombineDelay(delays ...DelayTypeFunc) DelayTypeFunc         { panic("stub") }

// RetryableFunc is the function retried by Do.
type RetryableFunc func() error

// RetryableFuncWithData is the function retried by DoWithData.
type RetryableFuncWithData[T any] func() (T, error)

func Do(retryableFunc RetryableFunc, opts ...Option) error { panic("stub") }

func DoWithData[T any](retryableFunc RetryableFuncWithData[T], opts ...Option) (T, error) {
	panic("stub")
}

// Error is the type of the error returned by Do.
type Error []error

func (e Error) Error() string { panic("stub") }

func Unrecoverable(err error) error { panic("stub") }
func IsRecoverable(err error) bool  { panic("stub") }
