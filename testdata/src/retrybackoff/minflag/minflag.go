// Package minflag: run with -retrybackoff.min=200ms.
package minflag

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"
)

const base = "https://api.tally.example/v1"

var errGiveUp = errors.New("payment API unavailable")

func send(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", "pay-1")
	return c.Do(req)
}

func below(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := send(ctx, c, body) // want `every 100ms, a fixed wait that does not grow: retries this fast hammer a provider that is failing or rate-limiting; back off exponentially from at least 200ms`
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, errGiveUp
}

func above(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := send(ctx, c, body)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return nil, errGiveUp
}
