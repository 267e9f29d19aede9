// Package use calls the helpers of retryx from another package.
package use

import (
	"context"
	"time"

	"retry/crosspkg/retryx"
)

type Order struct{ ID string }

func send(o Order) (string, error) { return "", nil }

func viaDo(ctx context.Context, o Order) error {
	return retryx.Do(ctx, 3, func() error {
		_, err := send(o) // want `send: retryx.Do \(line 16\)`
		return err
	})
}

func viaDefault(ctx context.Context, o Order) error {
	return retryx.Default(ctx, func() error {
		_, err := send(o) // want `send: retryx.Default \(line 23\)`
		return err
	})
}

func viaValue(ctx context.Context, o Order) (string, error) {
	return retryx.Value(ctx, func() (string, error) {
		return send(o) // want `send: retryx.Value \(line 30\)`
	})
}

func viaMethod(o Order) error {
	r := &retryx.Retrier{Attempts: 3, Wait: time.Second}
	return r.Do(func() error {
		_, err := send(o) // want `send: retryx.Retrier.Do \(line 37\)`
		return err
	})
}

func viaVar(o Order) {
	op := func() error {
		_, err := send(o) // want `send: retryx.Forever \(line 48\)`
		return err
	}
	retryx.Forever(op)
}

type Client struct{ o Order }

func (c *Client) charge() error {
	_, err := send(c.o) // want `send: retryx.WithBackoff \(line 59\)`
	return err
}

func viaNamed(c *Client) error {
	return retryx.WithBackoff(c.charge)
}

// --- not retries ---

func viaUntil(ctx context.Context, o Order) error {
	// A poll helper that gives up on the first error is no retry.
	return retryx.Until(ctx, time.Second, func() (bool, error) {
		s, err := send(o)
		return s == "paid", err
	})
}

func viaEach(o Order) error {
	return retryx.Each([]string{"a"}, func(string) error {
		_, err := send(o)
		return err
	})
}

func viaEvery(ctx context.Context, o Order) {
	retryx.Every(ctx, time.Minute, func() error {
		_, err := send(o)
		return err
	})
}

func viaOnce(o Order) error {
	return retryx.Once(func() error {
		_, err := send(o)
		return err
	})
}

func viaWrapped(ctx context.Context, o Order) (string, error) {
	return retryx.Wrapped(ctx, func() (string, error) {
		return send(o) // want `send: retryx.Wrapped \(line 94\)`
	})
}
