// Package platform holds the plumbing shared by the club's services:
// retries, an HTTP sender, a poll helper and logging.
package platform

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// StatusError carries the HTTP status of a failed provider call.
type StatusError struct {
	Status int
	Body   string
}

func (e *StatusError) Error() string {
	return http.StatusText(e.Status) + ": " + e.Body
}

// Transient reports whether a status is worth another try.
func Transient(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500
}

// Retry runs op with exponential backoff, at most five tries. Errors that
// carry a client status are returned at once.
func Retry[T any](ctx context.Context, name string, op func() (T, error)) (T, error) {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = time.Second
	b.MaxInterval = 20 * time.Second
	return backoff.Retry(ctx, func() (T, error) {
		v, err := op()
		if err == nil {
			return v, nil
		}
		var se *StatusError
		if errors.As(err, &se) && !Transient(se.Status) { // audit: lookalike retrystatus: only 408/429/5xx go round, any other status is made permanent
			return v, backoff.Permanent(err)
		}
		slog.Warn("retrying", "op", name, "err", err)
		return v, err
	}, backoff.WithBackOff(b), backoff.WithMaxTries(5), backoff.WithMaxElapsedTime(2*time.Minute))
}

// Logger returns the process logger with a component attribute.
func Logger(component string) *slog.Logger {
	return slog.Default().With("component", component)
}
