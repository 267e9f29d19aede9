// Package libs: payment calls retried by retry libraries.
package libs

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"

	retrygo4 "github.com/avast/retry-go/v4"
	retrygo5 "github.com/avast/retry-go/v5"
	backoff4 "github.com/cenkalti/backoff/v4"
	backoff5 "github.com/cenkalti/backoff/v5"
	sethretry "github.com/sethvargo/go-retry"
)

const base = "https://api.tally.example/v1"

var errServer = errors.New("server error")

func send(ctx context.Context, c *http.Client, body []byte) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", "pay-1")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 500 {
		return errServer
	}
	return nil
}

// --- flagged ---

func backoffConstant(ctx context.Context, c *http.Client, body []byte) error {
	return backoff4.Retry(func() error {
		return send(ctx, c, body) // want `libs.send \(POST /v1/payments\) is retried by backoff.Retry \(line 38\) every 100ms, a fixed wait that does not grow`
	}, backoff4.WithMaxRetries(backoff4.NewConstantBackOff(100*time.Millisecond), 5))
}

func backoffZero(ctx context.Context, c *http.Client, body []byte) error {
	return backoff4.Retry(func() error {
		return send(ctx, c, body) // want `is retried by backoff.Retry \(line 44\) with no wait between attempts`
	}, &backoff4.ZeroBackOff{})
}

func backoffV5Constant(ctx context.Context, c *http.Client, body []byte) (bool, error) {
	return backoff5.Retry(ctx, func() (bool, error) {
		return true, send(ctx, c, body) // want `is retried by backoff.Retry \(line 50\) every 200ms`
	}, backoff5.WithBackOff(backoff5.NewConstantBackOff(200*time.Millisecond)), backoff5.WithMaxTries(3))
}

func retryGoZero(ctx context.Context, c *http.Client, body []byte) error {
	return retrygo4.Do(func() error {
		return send(ctx, c, body) // want `is retried by retry.Do \(line 56\) with no wait between attempts`
	}, retrygo4.Attempts(3), retrygo4.Delay(0))
}

func retryGoFixedDefault(ctx context.Context, c *http.Client, body []byte) error {
	return retrygo4.Do(func() error {
		return send(ctx, c, body) // want `is retried by retry.Do \(line 62\) every 100ms, a fixed wait`
	}, retrygo4.Attempts(3), retrygo4.DelayType(retrygo4.FixedDelay))
}

func retryGoV5Fixed(ctx context.Context, c *http.Client, body []byte) error {
	r := retrygo5.New(retrygo5.Attempts(3), retrygo5.Delay(300*time.Millisecond), retrygo5.DelayType(retrygo5.FixedDelay))
	return r.Do(func() error {
		return send(ctx, c, body) // want `is retried by retry.Retrier.Do \(line 69\) every 300ms`
	})
}

func sethvargoConstant(ctx context.Context, c *http.Client, body []byte) error {
	return sethretry.Constant(ctx, 100*time.Millisecond, func(ctx context.Context) error {
		return sethretry.RetryableError(send(ctx, c, body)) // want `is retried by retry.Constant \(line 75\) every 100ms`
	})
}

func sethvargoDo(ctx context.Context, c *http.Client, body []byte) error {
	b := sethretry.WithMaxRetries(3, sethretry.NewConstant(50*time.Millisecond))
	return sethretry.Do(ctx, b, func(ctx context.Context) error {
		return sethretry.RetryableError(send(ctx, c, body)) // want `is retried by retry.Do \(line 82\) every 50ms`
	})
}

// --- silent ---

func backoffDefault(ctx context.Context, c *http.Client, body []byte) error {
	return backoff4.Retry(func() error {
		return send(ctx, c, body)
	}, backoff4.WithMaxRetries(backoff4.NewExponentialBackOff(), 3))
}

func backoffV5Default(ctx context.Context, c *http.Client, body []byte) (bool, error) {
	return backoff5.Retry(ctx, func() (bool, error) {
		return true, send(ctx, c, body)
	}, backoff5.WithMaxTries(3))
}

func backoffConstantSlow(ctx context.Context, c *http.Client, body []byte) error {
	return backoff4.Retry(func() error {
		return send(ctx, c, body)
	}, backoff4.WithMaxRetries(backoff4.NewConstantBackOff(2*time.Second), 3))
}

func backoffConfigured(ctx context.Context, c *http.Client, body []byte, every time.Duration) error {
	return backoff4.Retry(func() error {
		return send(ctx, c, body)
	}, backoff4.WithMaxRetries(backoff4.NewConstantBackOff(every), 3))
}

func retryGoDefault(ctx context.Context, c *http.Client, body []byte) error {
	return retrygo4.Do(func() error {
		return send(ctx, c, body)
	}, retrygo4.Attempts(3))
}

func retryGoSmallDelayGrows(ctx context.Context, c *http.Client, body []byte) error {
	// BackOffDelay (the default) doubles the delay: 200ms, 400ms, 800ms, 1.6s…
	return retrygo4.Do(func() error {
		return send(ctx, c, body)
	}, retrygo4.Attempts(5), retrygo4.Delay(200*time.Millisecond))
}

func retryGoFixedSlow(ctx context.Context, c *http.Client, body []byte) error {
	return retrygo4.Do(func() error {
		return send(ctx, c, body)
	}, retrygo4.Attempts(3), retrygo4.Delay(2*time.Second), retrygo4.DelayType(retrygo4.FixedDelay))
}

func retryGoOpts(ctx context.Context, c *http.Client, body []byte, opts []retrygo4.Option) error {
	return retrygo4.Do(func() error {
		return send(ctx, c, body)
	}, opts...)
}

func retryGoV5Default(ctx context.Context, c *http.Client, body []byte) error {
	return retrygo5.New(retrygo5.Attempts(3)).Do(func() error {
		return send(ctx, c, body)
	})
}

func sethvargoExponential(ctx context.Context, c *http.Client, body []byte) error {
	return sethretry.Exponential(ctx, 100*time.Millisecond, func(ctx context.Context) error {
		return sethretry.RetryableError(send(ctx, c, body))
	})
}

func sethvargoJitter(ctx context.Context, c *http.Client, body []byte) error {
	b := sethretry.WithJitter(time.Second, sethretry.NewConstant(50*time.Millisecond))
	return sethretry.Do(ctx, b, func(ctx context.Context) error {
		return sethretry.RetryableError(send(ctx, c, body))
	})
}

// Not a payment call.
func notPayment(ctx context.Context, c *http.Client) error {
	return backoff4.Retry(func() error {
		_, err := c.Get("https://status.example/health")
		return err
	}, &backoff4.ZeroBackOff{})
}
