// Package platform holds the small shared pieces every service uses:
// retries, polling, money, request signing and logging.
package platform

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand"
	"net/http"
	"time"
)

// Attempts is how often Retry calls fn before giving up.
const Attempts = 4

// Retry calls fn until it succeeds, the context ends, or Attempts is
// reached, sleeping a jittered, doubling interval between calls.
func Retry[T any](ctx context.Context, what string, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	wait := 500 * time.Millisecond
	var last error
	for i := 0; i < Attempts; i++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		var perm *PermanentError
		if errors.As(err, &perm) {
			return zero, perm.Err
		}
		last = err
		slog.WarnContext(ctx, "retrying", "op", what, "attempt", i+1, "err", err)
		jitter := time.Duration(rand.Int63n(int64(wait / 4)))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
	}
	return zero, fmt.Errorf("%s: giving up after %d attempts: %w", what, Attempts, last)
}

// PermanentError stops Retry at once.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }

// Permanent marks err as not worth retrying.
func Permanent(err error) error { return &PermanentError{Err: err} }

// Request describes one JSON call made through Send.
type Request struct {
	Method  string
	URL     string
	Body    []byte
	Headers map[string]string
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("http %d: %s", e.Status, e.Body) }

// Send performs r with hc, retrying failed answers up to three times with a
// growing pause. The same request (headers included) is sent each time.
func Send(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	pause := time.Second
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode >= 400 { // audit: reported at booth/client.go:141 (retrystatus, the call of Send in booth.Client.Refund, the payment call that uses it): every 4xx (400/404/409/422 from the reader API's refund endpoint) is sent round again
				lastErr = &APIError{Status: resp.StatusCode, Body: string(body)}
			} else {
				return body, nil
			}
		} else {
			lastErr = err
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, lastErr
}
