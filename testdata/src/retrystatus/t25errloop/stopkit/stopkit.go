// Package stopkit retries an operation until it succeeds, stopping
// early only on errors wrapped by Stop.
package stopkit

import (
	"context"
	"errors"
	"time"
)

// stopErr marks an error as final.
type stopErr struct{ err error }

func (s stopErr) Error() string { return s.err.Error() }

// Stop wraps err so that Retry gives up.
func Stop(err error) error { return stopErr{err: err} }

// Retry runs op up to n times, a growing pause apart.
func Retry(ctx context.Context, n int, op func() error) error {
	pause := 500 * time.Millisecond
	var err error
	for i := 0; i < n; i++ {
		err = op()
		if err == nil {
			return nil
		}
		var s stopErr
		if errors.As(err, &s) {
			return s.err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		time.Sleep(pause)
		pause *= 2
	}
	return err
}
