// Package backoff is a trimmed stub of github.com/cenkalti/backoff/v4
// (v4.3.0): same package path, names and signatures; bodies panic.
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

// Stop indicates that no more retries should be made.
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
	MaxElapsedTime      time.Duration
	Stop                time.Duration
	Clock               Clock

	currentInterval time.Duration
	startTime       time.Time
}

type Clock interface {
	Now() time.Time
}

type ExponentialBackOffOpts func(*ExponentialBackOff)

const (
	DefaultInitialInterval     = 500 * time.Millisecond
	DefaultRandomizationFactor = 0.5
	DefaultMultiplier          = 1.5
	DefaultMaxInterval         = 60 * time.Second
	DefaultMaxElapsedTime      = 15 * time.Minute
)

func NewExponentialBackOff(opts ...ExponentialBackOffOpts) *ExponentialBackOff { panic("stub") }

func WithInitialInterval(duration time.Duration) ExponentialBackOffOpts          { panic("stub") }
func WithRandomizationFactor(randomizationFactor float64) ExponentialBackOffOpts { panic("stub") }
func WithMultiplier(multiplier float64) ExponentialBackOffOpts                   { panic("stub") }
func WithMaxInterval(duration time.Duration) ExponentialBackOffOpts              { panic("stub") }
func WithMaxElapsedTime(duration time.Duration) ExponentialBackOffOpts           { panic("stub") }
func WithRetryStopDuration(duration time.Duration) ExponentialBackOffOpts        { panic("stub") }
func WithClockProvider(clock Clock) ExponentialBackOffOpts                       { panic("stub") }

type systemClock struct{}

func (t systemClock) Now() time.Time { panic("stub") }

var SystemClock = systemClock{}

func (b *ExponentialBackOff) Reset()                        { panic("stub") }
func (b *ExponentialBackOff) NextBackOff() time.Duration    { panic("stub") }
func (b *ExponentialBackOff) GetElapsedTime() time.Duration { panic("stub") }

type BackOffContext interface {
	BackOff
	Context() context.Context
}

func WithContext(b BackOff, ctx context.Context) BackOffContext { panic("stub") }

func WithMaxRetries(b BackOff, max uint64) BackOff { panic("stub") }

type Timer interface {
	Start(duration time.Duration)
	Stop()
	C() <-chan time.Time
}

type Ticker struct {
	C <-chan time.Time
}

func NewTicker(b BackOff) *Ticker                       { panic("stub") }
func NewTickerWithTimer(b BackOff, timer Timer) *Ticker { panic("stub") }
func (t *Ticker) Stop()                                 { panic("stub") }
