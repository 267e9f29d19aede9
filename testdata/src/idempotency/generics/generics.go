// Package generics: a generic retry helper of the package, and generic
// retry-library calls.
package generics

import (
	"bytes"
	"context"
	"net/http"

	backoff4 "github.com/cenkalti/backoff/v4"
)

const base = "https://api.tally.example/v1"

func withRetries[T any](n int, op func() (T, error)) (T, error) {
	var v T
	var err error
	for i := 0; i < n; i++ {
		if v, err = op(); err == nil {
			return v, nil
		}
	}
	return v, err
}

func payGeneric(c *http.Client, body []byte) (*http.Response, error) {
	return withRetries(3, func() (*http.Response, error) {
		return c.Post(base+"/payments", "application/json", bytes.NewReader(body)) // want `POST /v1/payments is retried by withRetries \(line 27\) without an idempotency key`
	})
}

func payWithData(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	return backoff4.RetryWithData[*http.Response](func() (*http.Response, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", bytes.NewReader(body))
		return c.Do(req) // want `POST /v1/charges is retried by backoff.RetryWithData \(line 33\) without an idempotency key`
	}, backoff4.NewExponentialBackOff())
}

// Silent: the same helper with a key made once.
func payGenericKeyed(ctx context.Context, c *http.Client, body []byte, orderID string) (*http.Response, error) {
	key := "pay-" + orderID
	return withRetries(3, func() (*http.Response, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		return c.Do(req)
	})
}
