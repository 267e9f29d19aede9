package banktransfer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sethvargo/go-retry"
)

// ErrReturned: the bank returned the debit.
var ErrReturned = errors.New("bank: debit returned")

// AwaitWithRetry polls the transfer with an exponential go-retry policy
// that has no cap: only the context it is handed ends it.
func (c *Client) AwaitWithRetry(ctx context.Context, url string) error {
	return retry.Do(ctx, retry.NewExponential(5*time.Second), func(ctx context.Context) error {
		t, err := c.GetTransfer(ctx, url)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch t.Status {
		case "processed":
			return nil
		case "failed", "cancelled":
			return fmt.Errorf("%w: %s", ErrReturned, t.Status)
		}
		return retry.RetryableError(errors.New("still pending"))
	})
}

// AwaitTicking polls the transfer every 10s until it is final or the
// context ends.
func (c *Client) AwaitTicking(ctx context.Context, url string) (*Transfer, error) {
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for {
		tr, err := c.GetTransfer(ctx, url)
		if err == nil && (tr.Status == "processed" || tr.Status == "failed" || tr.Status == "cancelled") {
			return tr, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// AwaitWithin gives the wait a deadline of its own: bounded whatever
// context it is handed.
func (c *Client) AwaitWithin(ctx context.Context, url string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	return retry.Do(ctx, retry.NewExponential(5*time.Second), func(ctx context.Context) error {
		t, err := c.GetTransfer(ctx, url)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch t.Status {
		case "processed":
			return nil
		case "failed", "cancelled":
			return fmt.Errorf("%w: %s", ErrReturned, t.Status)
		}
		return retry.RetryableError(errors.New("still pending"))
	})
}

// AwaitCapped caps the policy itself.
func (c *Client) AwaitCapped(ctx context.Context, url string) error {
	b := retry.WithMaxDuration(2*time.Hour, retry.NewExponential(5*time.Second))
	return retry.Do(ctx, b, func(ctx context.Context) error {
		t, err := c.GetTransfer(ctx, url)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch t.Status {
		case "processed":
			return nil
		case "failed", "cancelled":
			return fmt.Errorf("%w: %s", ErrReturned, t.Status)
		}
		return retry.RetryableError(errors.New("still pending"))
	})
}

// Await is the method callers of other packages use; its context is
// theirs, which this package cannot see: silent here.
func (c *Client) Await(ctx context.Context, url string) error {
	return c.AwaitWithRetry(ctx, url)
}

// SettleBacklog waits for each transfer of a backlog on a context that
// never ends.
func (c *Client) SettleBacklog(urls []string) {
	for _, u := range urls {
		_, _ = c.AwaitTicking(context.Background(), u) // want `banktransfer.Client.AwaitTicking polls payment url \(await.go:38\) until the context it is handed ends, and the context handed here never ends \(context.Background\(\) at await.go:\d+\)`
	}
}

// AwaitExport polls a statement export with no bound: no payment.
func (c *Client) AwaitExport(url string) *ExportJob {
	for {
		j, err := c.GetExport(context.Background(), url)
		if err == nil && j.Status == "ready" {
			return j
		}
		time.Sleep(5 * time.Second)
	}
}
