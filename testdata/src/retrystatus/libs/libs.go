// Package libs: payment calls handed to retry libraries, judged by which
// statuses the operation returns a retryable error for.
package libs

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	retrygo4 "github.com/avast/retry-go/v4"
	backoff4 "github.com/cenkalti/backoff/v4"
	backoff5 "github.com/cenkalti/backoff/v5"
	sethretry "github.com/sethvargo/go-retry"
)

const base = "https://api.keystone.example/v1"

var errTransient = errors.New("transient")

func get(ctx context.Context, id string) *http.Request {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/settlements/"+id, nil)
	return req
}

// --- flagged ---

func backoffEveryNon2xx(ctx context.Context, c *http.Client, id string) error {
	return backoff4.Retry(func() error {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return err
		}
		if resp.StatusCode >= 300 { // want `GET /v1/settlements/\{\} is retried by backoff.Retry \(line 29\): every non-2xx status is retried, including 400/404/409/422, which will fail the same way again; retry only network errors, 408, 429 and 5xx`
			return fmt.Errorf("settlement %s: status %d", id, resp.StatusCode)
		}
		return nil
	}, backoff4.NewExponentialBackOff())
}

func backoffV5NotOK(ctx context.Context, c *http.Client, id string) (*http.Response, error) {
	return backoff5.Retry(ctx, func() (*http.Response, error) {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK { // want `is retried by backoff.Retry \(line 42\): every non-2xx status is retried`
			return nil, errTransient
		}
		return resp, nil
	}, backoff5.WithMaxTries(4))
}

func retryGoEveryNon2xx(ctx context.Context, c *http.Client, id string) error {
	return retrygo4.Do(func() error {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return err
		}
		if resp.StatusCode < 200 || resp.StatusCode > 299 { // want `is retried by retry.Do \(line 55\): every non-2xx status is retried`
			return errTransient
		}
		return nil
	}, retrygo4.Attempts(3))
}

// --- silent ---

func backoffPermanent4xx(ctx context.Context, c *http.Client, id string) error {
	return backoff4.Retry(func() error {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return err
		}
		switch {
		case resp.StatusCode >= 500, resp.StatusCode == http.StatusTooManyRequests:
			return errTransient
		case resp.StatusCode >= 400:
			return backoff4.Permanent(fmt.Errorf("status %d", resp.StatusCode))
		}
		return nil
	}, backoff4.NewExponentialBackOff())
}

func retryGoUnrecoverable(ctx context.Context, c *http.Client, id string) error {
	return retrygo4.Do(func() error {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return err
		}
		if resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != 429 {
			return retrygo4.Unrecoverable(fmt.Errorf("status %d", resp.StatusCode))
		}
		if resp.StatusCode >= 300 {
			return errTransient
		}
		return nil
	}, retrygo4.Attempts(3))
}

func retryGoRetryIf(ctx context.Context, c *http.Client, id string, transient func(error) bool) error {
	return retrygo4.Do(func() error {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return err
		}
		if resp.StatusCode >= 300 {
			return fmt.Errorf("status %d", resp.StatusCode)
		}
		return nil
	}, retrygo4.Attempts(3), retrygo4.RetryIf(transient)) // RetryIf decides
}

// sethvargo retries only errors marked retryable.
func sethvargo5xx(ctx context.Context, c *http.Client, id string) error {
	b := sethretry.WithMaxRetries(3, sethretry.NewExponential(1e9))
	return sethretry.Do(ctx, b, func(ctx context.Context) error {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return sethretry.RetryableError(err)
		}
		if resp.StatusCode >= 500 {
			return sethretry.RetryableError(errTransient)
		}
		if resp.StatusCode >= 300 {
			return fmt.Errorf("status %d", resp.StatusCode) // not retried
		}
		return nil
	})
}

func backoffUnknownCheck(ctx context.Context, c *http.Client, id string, check func(*http.Response) error) error {
	return backoff4.Retry(func() error {
		resp, err := c.Do(get(ctx, id))
		if err != nil {
			return err
		}
		return check(resp) // the model cannot read it
	}, backoff4.NewExponentialBackOff())
}
