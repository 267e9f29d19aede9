// Package libs: payment writes retried by retry libraries.
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
	"github.com/google/uuid"
	sethretry "github.com/sethvargo/go-retry"
)

const base = "https://api.tally.example/v1"

var errServer = errors.New("server error")

// --- flagged ---

func backoffV4NoKey(ctx context.Context, c *http.Client, body []byte) error {
	op := func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
		if err != nil {
			return backoff4.Permanent(err)
		}
		resp, err := c.Do(req) // want `POST /v1/payments is retried by backoff.Retry \(line 41\) without an idempotency key: a retry after a lost response can charge twice; set an Idempotency-Key made once before retrying`
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return errServer
		}
		return nil
	}
	return backoff4.Retry(op, backoff4.WithContext(backoff4.NewExponentialBackOff(), ctx))
}

func backoffV5FreshKey(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	return backoff5.Retry(ctx, func() (*http.Response, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
		if err != nil {
			return nil, backoff5.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", uuid.New().String())
		return c.Do(req) // want `POST /v1/payments is retried by backoff.Retry \(line 45\) with an idempotency key made anew on every attempt \(uuid.New\(\)`
	}, backoff5.WithBackOff(backoff5.NewExponentialBackOff()), backoff5.WithMaxTries(4))
}

func retryGoV4NoKey(c *http.Client, body []byte) error {
	return retrygo4.Do(func() error {
		resp, err := c.Post(base+"/transfers", "application/json", bytes.NewReader(body)) // want `POST /v1/transfers is retried by retry.Do \(line 56\) without an idempotency key`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}, retrygo4.Attempts(3), retrygo4.Delay(time.Second))
}

func retryGoV5NoKey(c *http.Client, body []byte) error {
	r := retrygo5.New(retrygo5.Attempts(3))
	return r.Do(func() error {
		resp, err := c.Post(base+"/refunds", "application/json", bytes.NewReader(body)) // want `POST /v1/refunds is retried by retry.Retrier.Do \(line 67\) without an idempotency key`
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}

func sethvargoNoKey(ctx context.Context, c *http.Client, body []byte) error {
	b := sethretry.WithMaxRetries(3, sethretry.NewExponential(time.Second))
	return sethretry.Do(ctx, b, func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payouts", bytes.NewReader(body))
		resp, err := c.Do(req) // want `POST /v1/payouts is retried by retry.Do \(line 78\) without an idempotency key`
		if err != nil {
			return sethretry.RetryableError(err)
		}
		return resp.Body.Close()
	})
}

type payer struct {
	c    *http.Client
	body []byte
}

func (p *payer) confirmOnce() error {
	resp, err := p.c.Post(base+"/pay/confirm", "application/json", bytes.NewReader(p.body)) // want `POST /v1/pay/confirm is retried by backoff.Retry \(line 102\) without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (p *payer) confirm() error {
	return backoff4.Retry(p.confirmOnce, backoff4.NewExponentialBackOff())
}

// --- silent look-alikes ---

func backoffStableKey(ctx context.Context, c *http.Client, body []byte) error {
	key := uuid.NewString()
	return backoff4.Retry(func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}, backoff4.NewExponentialBackOff())
}

func retryGoRead(c *http.Client, id string) error {
	return retrygo4.Do(func() error {
		resp, err := c.Get(base + "/payments/" + id)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
}
