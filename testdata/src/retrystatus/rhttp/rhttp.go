// Package rhttp: payment requests sent by a retrying go-retryablehttp
// client, judged by its CheckRetry.
package rhttp

import (
	"context"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

const base = "https://api.keystone.example/v1"

func newClient() *retryablehttp.Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 3
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if err != nil {
			return true, nil
		}
		if resp.StatusCode >= 400 { // want `payment requests are retried by the retryablehttp client's CheckRetry \(line 17\): every non-2xx status is retried, including 400/404/422, which will fail the same way again; retry only network errors, 408, 429 and 5xx`
			return true, nil
		}
		return false, nil
	}
	return rc
}

// transientOnly retries network errors, 429 and 5xx and defers to the
// library's policy otherwise.
func transientOnly(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) {
		return true, nil
	}
	return retryablehttp.DefaultRetryPolicy(ctx, resp, err)
}

var quiet = &retryablehttp.Client{RetryMax: 3, CheckRetry: transientOnly}

func charge(rc *retryablehttp.Client, body []byte, key string) (*http.Response, error) {
	req, err := retryablehttp.NewRequest(http.MethodPost, base+"/settlements", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return rc.Do(req)
}

func run(body []byte) {
	_, _ = charge(newClient(), body, "s-1")
	_, _ = charge(quiet, body, "s-2")
}
