// Package watch follows a payment until the provider settles it. How often
// it asks is its constructor's caller's choice.
package watch

import (
	"context"
	"time"

	"example.com/hexshop/internal/pspclient"
)

// Watcher reads a payment's status on a ticker.
type Watcher struct {
	psp   *pspclient.Client
	every time.Duration
}

// New returns a Watcher asking every interval.
func New(psp *pspclient.Client, every time.Duration) *Watcher {
	return &Watcher{psp: psp, every: every}
}

// Await waits until the payment is final or ctx ends.
func (w *Watcher) Await(ctx context.Context, id string) (string, error) {
	t := time.NewTicker(w.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
		p, err := w.psp.Payment(ctx, id)
		if err != nil {
			continue
		}
		switch p.Status {
		case "succeeded", "failed", "canceled":
			return p.Status, nil
		}
	}
}
