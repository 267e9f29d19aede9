// Package platform holds small helpers shared by the services.
package platform

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"time"
)

// StatusError is returned by the HTTP clients for a non-2xx answer.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Body) }

// Transient reports whether an answer with this status may succeed later.
func Transient(code int) bool {
	return code >= 500 || code == http.StatusTooManyRequests || code == http.StatusRequestTimeout
}

// Do runs fn up to attempts times, doubling the wait between attempts.
func Do(ctx context.Context, attempts int, base time.Duration, fn func(ctx context.Context) error) error {
	var err error
	wait := base
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + time.Duration(rand.Int63n(int64(wait)/2+1))):
		}
		wait *= 2
	}
	return err
}

// DoHTTP is Do for calls that answer with a status: only transient statuses
// are tried again.
func DoHTTP(ctx context.Context, attempts int, base time.Duration, fn func(ctx context.Context) (int, error)) error {
	var err error
	wait := base
	for i := 0; i < attempts; i++ {
		var code int
		code, err = fn(ctx)
		if err == nil && code < 300 {
			return nil
		}
		var se *StatusError
		if errors.As(err, &se) && !Transient(se.Code) {
			return err
		}
		if err == nil && !Transient(code) { // audit: lookalike retrystatus: only 5xx/408/429 go round, with a doubling wait and an attempt cap
			return &StatusError{Code: code}
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
