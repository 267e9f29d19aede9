// Package pollx is an in-house poll helper package: callers in other
// packages poll through it.
package pollx

import (
	"context"
	"time"
)

// Until calls cond every interval until it reports done or an error, or
// ctx ends.
func Until(ctx context.Context, every time.Duration, cond func() (bool, error)) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		done, err := cond()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Forever calls cond every interval until it reports done.
func Forever(every time.Duration, cond func() (bool, error)) error {
	for {
		done, err := cond()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		time.Sleep(every)
	}
}

// Tries calls cond at most 10 times, 300ms apart.
func Tries(cond func() (bool, error)) error {
	for i := 0; i < 10; i++ {
		if done, err := cond(); err != nil || done {
			return err
		}
		time.Sleep(300 * time.Millisecond)
	}
	return nil
}

// Poller polls with an interval of its own.
type Poller struct{ Every time.Duration }

// Wait calls cond until done, watching ctx.
func (p *Poller) Wait(ctx context.Context, cond func(context.Context) (bool, error)) error {
	for ctx.Err() == nil {
		done, err := cond(ctx)
		if err != nil || done {
			return err
		}
		time.Sleep(p.Every)
	}
	return ctx.Err()
}

// Again calls f until it returns nil, waiting wait in between, watching ctx.
func Again(ctx context.Context, wait time.Duration, f func() error) error {
	for {
		if err := f(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// Once calls cond once: not a helper.
func Once(cond func() (bool, error)) (bool, error) { return cond() }
