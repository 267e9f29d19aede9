package platform

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// StatusError carries the HTTP status of a failed call.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return "upstream answered " + itoa(e.Code) + ": " + e.Body }

// Transient reports whether an answer may change if the call is sent again.
func Transient(code int) bool {
	return code == 408 || code == 425 || code == 429 || code >= 500
}

// Retry runs fn up to attempts times, waiting a little longer each time.
// fn is called once per attempt.
func Retry(ctx context.Context, attempts int, fn func(ctx context.Context) error) error {
	wait := 500 * time.Millisecond
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var se *StatusError
		if errors.As(err, &se) && !Transient(se.Code) {
			return err
		}
		slog.Warn("retrying", "attempt", i+1, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
