// Package rental captures the held deposits of returned cars through a
// port it does not implement.
package rental

import (
	"context"
	"log"
	"time"

	"github.com/cenkalti/backoff/v4"
)

// Capturer captures a held deposit.
type Capturer interface {
	Capture(ctx context.Context, pspRef string, minor int64) error
}

// Notifier tells the renter.
type Notifier interface {
	Notify(ctx context.Context, pspRef string) error
}

// Closer captures the deposits of returned cars.
type Closer struct {
	capturer Capturer
	notifier Notifier
}

// NewCloser returns the closer.
func NewCloser(c Capturer, n Notifier) *Closer { return &Closer{capturer: c, notifier: n} }

// Close captures one deposit, retrying whatever error the port returns.
func (c *Closer) Close(ctx context.Context, pspRef string, minor int64) error {
	return backoff.RetryNotify(func() error {
		return c.capturer.Capture(ctx, pspRef, minor)
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), func(err error, d time.Duration) {
		log.Printf("capture %s: %v, again in %s", pspRef, err, d)
	})
}

// Tell retries the renter's notice.
func (c *Closer) Tell(ctx context.Context, pspRef string) error {
	return backoff.Retry(func() error {
		return c.notifier.Notify(ctx, pspRef)
	}, backoff.WithMaxRetries(backoff.NewConstantBackOff(time.Second), 3))
}
