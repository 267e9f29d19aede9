// Package retryx is an in-house retry and poll helper package: its
// helpers get summaries (facts) that callers in other packages use.
package retryx

import (
	"context"
	"time"

	backoff "github.com/cenkalti/backoff/v4"
)

// Do retries f up to attempts times, backing off from 500ms, watching ctx.
func Do(ctx context.Context, attempts int, f func() error) error { // want `helper: repeats param 2 by for loop; again after error; waits 500ms; growing; bound ctx param 0\+attempts param 1`
	var err error
	delay := 500 * time.Millisecond
	for i := 0; i < attempts; i++ {
		if err = f(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay *= 2
	}
	return err
}

// Default is Do with three attempts.
func Default(ctx context.Context, f func() error) error { // want `helper: repeats param 1 by for loop; again after error; waits 500ms; growing; bound ctx param 0\+attempts`
	return Do(ctx, 3, f)
}

// Fixed retries f with a fixed wait.
func Fixed(attempts int, wait time.Duration, f func() error) error { // want `helper: repeats param 2 by for loop; again after error; waits param 1; bound attempts param 0`
	var err error
	for i := 0; i < attempts; i++ {
		if err = f(); err == nil {
			return nil
		}
		time.Sleep(wait)
	}
	return err
}

// Value is a generic retry until ctx ends.
func Value[T any](ctx context.Context, f func() (T, error)) (T, error) { // want `helper: repeats param 1 by for loop; again after error; waits 100ms; bound ctx param 0`
	for {
		v, err := f()
		if err == nil {
			return v, nil
		}
		if ctx.Err() != nil {
			return v, err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Forever retries at once until f succeeds.
func Forever(f func() error) { // want `helper: repeats param 0 by for loop; again after error; no wait; bound unbounded`
	for {
		if f() == nil {
			return
		}
	}
}

// NowCond is Forever written with the callback as the loop condition.
func NowCond(f func() error) { // want `helper: repeats param 0 by for loop; again after error; no wait; bound unbounded`
	for f() != nil {
	}
}

// Retrier is a method helper whose policy lives in fields.
type Retrier struct {
	Attempts int
	Wait     time.Duration
}

// Do retries f per the receiver's policy.
func (r *Retrier) Do(f func() error) error { // want `helper: repeats param 0 by for loop; again after error; wait unknown; bound other`
	var err error
	for i := 0; i < r.Attempts; i++ {
		if err = f(); err == nil {
			return nil
		}
		time.Sleep(r.Wait)
	}
	return err
}

// WithBackoff hands f to a retry library.
func WithBackoff(f func() error) error { // want `helper: repeats param 0 by backoff.Retry; again after error; waits by library policy; growing; bound deadline`
	return backoff.Retry(f, backoff.NewExponentialBackOff())
}

// Until polls cond every interval until it reports done, an error, or
// ctx ends.
func Until(ctx context.Context, every time.Duration, cond func() (bool, error)) error { // want `helper: repeats param 2 by for loop; until true; stops on error; waits param 1; bound ctx param 0`
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

// Tick polls cond on every tick, with no bound.
func Tick(every time.Duration, cond func() (bool, error)) { // want `helper: repeats param 1 by for loop; again after error; until true; waits param 0; bound unbounded`
	for range time.Tick(every) {
		if done, _ := cond(); done {
			return
		}
	}
}

// --- not helpers ---

// Each calls f once per item.
func Each(items []string, f func(string) error) error {
	for _, it := range items {
		if err := f(it); err != nil {
			return err
		}
	}
	return nil
}

// Times calls f n times.
func Times(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

// Every runs a periodic job: it goes round after success too.
func Every(ctx context.Context, d time.Duration, f func() error) {
	for ctx.Err() == nil {
		if err := f(); err != nil {
			println(err.Error())
		}
		time.Sleep(d)
	}
}

// Once calls f once.
func Once(f func() error) error { return f() }

// Wrapped hands fn to Do inside a closure of its own.
func Wrapped[T any](ctx context.Context, fn func() (T, error)) (T, error) { // want `helper: repeats param 1 by for loop; again after error; waits 500ms; growing; bound ctx param 0\+attempts`
	var v T
	err := Do(ctx, 2, func() error {
		var err error
		v, err = fn()
		return err
	})
	return v, err
}

// IndexFunc searches items: the callback gets a different item each time.
func IndexFunc(items []string, pred func(string) bool) int {
	for i, it := range items {
		if pred(it) {
			return i
		}
	}
	return -1
}

// Search steps an index: the callback gets a different index each time.
func Search(n int, ok func(int) (bool, error)) int {
	for i := 0; i < n; i++ {
		if done, _ := ok(i); done {
			return i
		}
	}
	return n
}
