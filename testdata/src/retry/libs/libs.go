// Package libs tests the retry model on retry libraries.
package libs

import (
	"context"
	"time"

	retrygo4 "github.com/avast/retry-go/v4"
	retrygo5 "github.com/avast/retry-go/v5"
	backoff4 "github.com/cenkalti/backoff/v4"
	backoff5 "github.com/cenkalti/backoff/v5"
	sethretry "github.com/sethvargo/go-retry"
)

type Order struct{ ID string }

type Response struct{ Status string }

func send(o Order) (*Response, error) { return nil, nil }

func backoffV4(o Order) error {
	return backoff4.Retry(func() error {
		_, err := send(o) // want `send: backoff.Retry \(line 22\)`
		return err
	}, backoff4.NewExponentialBackOff())
}

func backoffV4Notify(o Order) error {
	op := func() error {
		_, err := send(o) // want `send: backoff.RetryNotify \(line 33\)`
		return err
	}
	return backoff4.RetryNotify(op, backoff4.WithMaxRetries(backoff4.NewConstantBackOff(time.Second), 3), nil)
}

func backoffV4Data(o Order) (*Response, error) {
	return backoff4.RetryWithData(func() (*Response, error) {
		return send(o) // want `send: backoff.RetryWithData \(line 37\)`
	}, backoff4.NewExponentialBackOff())
}

func backoffV5(ctx context.Context, o Order) (*Response, error) {
	return backoff5.Retry(ctx, func() (*Response, error) {
		return send(o) // want `send: backoff.Retry \(line 43\)`
	}, backoff5.WithBackOff(backoff5.NewExponentialBackOff()), backoff5.WithMaxTries(5))
}

func avastV4(o Order) error {
	return retrygo4.Do(func() error {
		_, err := send(o) // want `send: retry.Do \(line 49\)`
		return err
	}, retrygo4.Attempts(3))
}

func avastV4Data(o Order) (*Response, error) {
	return retrygo4.DoWithData(func() (*Response, error) {
		return send(o) // want `send: retry.DoWithData \(line 56\)`
	}, retrygo4.Attempts(3))
}

func avastV5(o Order) error {
	return retrygo5.New(retrygo5.Attempts(3)).Do(func() error {
		_, err := send(o) // want `send: retry.Retrier.Do \(line 62\)`
		return err
	})
}

func avastV5Data(o Order) (*Response, error) {
	return retrygo5.NewWithData[*Response](retrygo5.Attempts(3)).Do(func() (*Response, error) {
		return send(o) // want `send: retry.RetrierWithData.Do \(line 69\)`
	})
}

func seth(ctx context.Context, o Order) error {
	b := sethretry.WithMaxRetries(3, sethretry.NewExponential(time.Second))
	return sethretry.Do(ctx, b, func(ctx context.Context) error {
		if _, err := send(o); err != nil { // want `send: retry.Do \(line 76\)`
			return sethretry.RetryableError(err)
		}
		return nil
	})
}

type svc struct{ o Order }

func (s *svc) chargeOnce() error {
	_, err := send(s.o) // want `send: backoff.Retry \(line 92\)`
	return err
}

func (s *svc) run() error {
	return backoff4.Retry(s.chargeOnce, backoff4.NewExponentialBackOff())
}

func tickerLoop(o Order) error {
	t := backoff4.NewTicker(backoff4.NewExponentialBackOff())
	defer t.Stop()
	var err error
	for range t.C {
		if _, err = send(o); err != nil { // want `send: a backoff.Ticker loop \(line 99\)`
			continue
		}
		break
	}
	return err
}

// Not retries: a closure that is only stored; a plain call.
func stored(o Order) func() error {
	return func() error {
		_, err := send(o)
		return err
	}
}

func converted(o Order) error {
	return backoff4.Retry(backoff4.Operation(func() error {
		_, err := send(o) // want `send: backoff.Retry \(line 117\)`
		return err
	}), backoff4.NewExponentialBackOff())
}

func convertedVar(o Order) error {
	op := backoff4.Operation(func() error {
		_, err := send(o) // want `send: backoff.Retry \(line 128\)`
		return err
	})
	return backoff4.Retry(op, backoff4.NewExponentialBackOff())
}

func iife(o Order) {
	for i := 0; i < 3; i++ {
		if err := (func() error { _, err := send(o); return err })(); err == nil { // want `send: a for loop \(line 132\)`
			return
		}
	}
}
