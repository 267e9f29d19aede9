// Package gcpoll: a GoCardless payment's status read through an
// interface of the package's own in the SDK's types, filled by the
// caller; the loop waits on a one-second ticker, below the 2 s floor.
package gcpoll

import (
	"context"
	"errors"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type paymentReader interface {
	Get(ctx context.Context, identity string, opts ...gocardless.RequestOption) (*gocardless.Payment, error)
}

var errFailed = errors.New("payment failed")

type Watcher struct{ payments paymentReader }

func NewWatcher(r paymentReader) *Watcher { return &Watcher{payments: r} }

func (w *Watcher) Await(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	tick := time.NewTicker(time.Second) // want "payment status polled every 1s"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		p, err := w.payments.Get(ctx, id)
		if err != nil {
			return err
		}
		switch p.Status {
		case "confirmed", "paid_out":
			return nil
		case "failed", "cancelled":
			return errFailed
		}
	}
}
