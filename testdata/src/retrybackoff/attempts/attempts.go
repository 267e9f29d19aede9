// Package attempts: retry loops described by poll.Attempts (the poll
// model's own test, analyzers/internal/poll/retryloop_test.go).
package attempts

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"

	"poll/fakepay"
)

func busy() {
	for i := 0; i < 3; i++ { // want `attempts: busy bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
	}
}

func forever() {
	for { // want `attempts: waits time.Sleep=2s`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(2 * time.Second)
	}
}

func growing() {
	d := time.Second
	for i := 0; i < 3; i++ { // want `attempts: waits time.Sleep=grows bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		time.Sleep(d)
		d *= 2
	}
}

func untilDone(ctx context.Context) {
	for { // want `attempts: waits time.After=500ms bounded`
		if _, err := fakepay.Create(100); err == nil {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func lib() error {
	return backoff.Retry(func() error { // want `attempts: waits backoff.ConstantBackOff=100ms bounded`
		_, err := fakepay.Create(100)
		return err
	}, backoff.WithMaxRetries(backoff.NewConstantBackOff(100*time.Millisecond), 3))
}
