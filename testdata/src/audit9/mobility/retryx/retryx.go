// Package retryx holds the small retry, polling and signing helpers shared
// by the services.
package retryx

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"
)

// DefaultPollEvery is how often status loops look again by default.
const DefaultPollEvery = 750 * time.Millisecond

// ErrGaveUp is returned by Poll when max reads went by without a final answer.
var ErrGaveUp = errors.New("retryx: gave up waiting")

// Do calls fn up to attempts times, doubling the wait from base after each
// failure. It stops early when ctx ends.
func Do(ctx context.Context, attempts int, base time.Duration, fn func(context.Context) error) error {
	var err error
	wait := base
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

// Value is Do for functions that return a result.
func Value[T any](ctx context.Context, attempts int, base time.Duration, fn func(context.Context) (T, error)) (T, error) {
	var out T
	err := Do(ctx, attempts, base, func(ctx context.Context) error {
		v, err := fn(ctx)
		if err == nil {
			out = v
		}
		return err
	})
	return out, err
}

// Poll reads with fetch every interval until it reports done, max reads
// went by, or ctx ends.
func Poll[T any](ctx context.Context, every time.Duration, max int, fetch func(context.Context) (T, bool, error)) (T, error) {
	var zero T
	t := time.NewTicker(every)
	defer t.Stop()
	for i := 0; i < max; i++ {
		v, done, err := fetch(ctx)
		if err != nil {
			return zero, err
		}
		if done {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-t.C:
		}
	}
	return zero, ErrGaveUp
}

// VerifyHMAC checks a hex HMAC-SHA256 of body against sig.
func VerifyHMAC(body []byte, sig, secret string) error {
	if secret == "" {
		return errors.New("retryx: no signing secret configured")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(sig)
	if err != nil {
		return err
	}
	if !hmac.Equal(want, got) {
		return errors.New("retryx: signature mismatch")
	}
	return nil
}
