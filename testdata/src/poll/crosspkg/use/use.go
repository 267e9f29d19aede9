// Package use polls payments through the helpers of pollx.
package use

import (
	"context"
	"errors"
	"time"

	"poll/crosspkg/pollx"
	"poll/fakepay"
)

var errPending = errors.New("pending")

func fast(ctx context.Context, id string) error {
	return pollx.Until(ctx, 500*time.Millisecond, func() (bool, error) { // want `poll id: interval=500ms status-exit=true bounded=true swallowed=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return false, err
		}
		return p.Status == fakepay.Confirmed || p.Status == fakepay.Failed, nil
	})
}

func slow(ctx context.Context, id string) error {
	every := 3 * time.Second
	return pollx.Until(ctx, every, func() (bool, error) { // want `poll id: interval=3s status-exit=true bounded=true swallowed=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return false, err
		}
		switch p.Status {
		case fakepay.Confirmed, fakepay.Failed:
			return true, nil
		}
		return false, nil
	})
}

func background(id string) error {
	return pollx.Until(context.Background(), 2*time.Second, func() (bool, error) { // want `poll id: interval=2s status-exit=true bounded=false swallowed=false`
		p, err := fakepay.Get(id)
		return err == nil && p.Status != fakepay.Pending, err
	})
}

func forever(id string) error {
	cond := func() (bool, error) {
		p, err := fakepay.Get(id)
		if err != nil {
			return false, err
		}
		return p.Status == fakepay.Confirmed, nil
	}
	return pollx.Forever(2*time.Second, cond) // want `poll id: interval=2s status-exit=true bounded=false swallowed=false`
}

func tries(id string) error {
	return pollx.Tries(func() (bool, error) { // want `poll id: interval=300ms status-exit=true bounded=true swallowed=false`
		p, err := fakepay.Get(id)
		return p != nil && p.Status == fakepay.Confirmed, err
	})
}

func method(ctx context.Context, p *pollx.Poller, c *fakepay.Client, id string) error {
	return p.Wait(ctx, func(ctx context.Context) (bool, error) { // want `poll id: interval=unknown status-exit=true bounded=true swallowed=false`
		st, err := c.Status(ctx, id)
		return st == fakepay.Confirmed, err
	})
}

func again(ctx context.Context, id string) error {
	return pollx.Again(ctx, time.Second, func() error { // want `poll id: interval=1s status-exit=true bounded=true swallowed=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Pending {
			return errPending
		}
		return nil
	})
}

// --- not polls ---

// readRetry never looks at the status: it retries the read.
func readRetry(ctx context.Context, id string) error {
	return pollx.Until(ctx, time.Second, func() (bool, error) {
		_, err := fakepay.Get(id)
		return err == nil, nil
	})
}

// once reads once.
func once(id string) (bool, error) {
	return pollx.Once(func() (bool, error) {
		p, err := fakepay.Get(id)
		return err == nil && p.Status == fakepay.Confirmed, err
	})
}

// againRead retries the read until it succeeds, whatever the status.
func againRead(ctx context.Context, id string) error {
	return pollx.Again(ctx, time.Second, func() error {
		_, err := fakepay.Get(id)
		return err
	})
}

// backgroundParam: the callback's context is the one the caller passed,
// context.Background(): nothing bounds the poll.
func backgroundParam(p *pollx.Poller, c *fakepay.Client, id string) error {
	return p.Wait(context.Background(), func(ctx context.Context) (bool, error) { // want `poll id: interval=unknown status-exit=true bounded=false swallowed=false`
		st, err := c.Status(ctx, id)
		if err != nil {
			return false, err
		}
		return st == fakepay.Confirmed, nil
	})
}
