// Package platform has the small helpers every service of the booking
// backend shares: retries, polling and request signing.
package platform

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"
)

type permanentError struct{ err error }

func (p permanentError) Error() string { return p.err.Error() }
func (p permanentError) Unwrap() error { return p.err }

// Permanent marks err as not worth retrying.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanentError{err: err}
}

// Retry calls fn up to attempts times. The pause starts at first and
// doubles after every failure; a Permanent error stops at once.
func Retry(ctx context.Context, attempts int, first time.Duration, fn func(context.Context) error) error {
	wait := first
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var p permanentError
		if errors.As(err, &p) {
			return p.err
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

// Poll calls fetch every interval until done reports true, fetch fails,
// or ctx ends.
func Poll[T any](ctx context.Context, every time.Duration, fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		v, err := fetch(ctx)
		if err != nil || done(v) {
			return v, err
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-t.C:
		}
	}
}

// Sign returns the hex HMAC-SHA256 of body, as our partner APIs expect
// in X-Signature.
func Sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
