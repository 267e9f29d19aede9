// Package rhttpcond: CheckRetry functions whose decision is a computed
// condition (return resp.StatusCode != 200, nil) rather than a literal
// true or false: the condition is evaluated on each status.
package rhttpcond

import (
	"context"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

const api = "https://acquirer.example.com/api/v3"

// retryUnlessOK retries everything but a 200: every 4xx too.
func retryUnlessOK(_ context.Context, resp *http.Response, err error) (bool, error) {
	if err != nil {
		return true, err
	}
	return resp.StatusCode != http.StatusOK, nil // want `payment requests are retried by the retryablehttp client's CheckRetry \(line 16\): every non-2xx status is retried`
}

// retryConflictsToo: 5xx, 429 and 409 — a 409 with a stable key means
// "still in progress" and may be retried (keys below are stable).
func retryConflictsToo(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return true, nil
	}
	return resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusConflict, nil
}

// retryTransient: only 5xx and 429, written as one boolean expression.
func retryTransient(ctx context.Context, resp *http.Response, err error) (bool, error) {
	retry := err != nil
	if resp != nil {
		return resp.StatusCode >= 500 || resp.StatusCode == 429, nil
	}
	return retry, nil
}

// retryUnread: a decision the rule cannot read (a helper's verdict).
func retryUnread(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if err != nil {
		return true, nil
	}
	return shouldRetry(resp), nil
}

func shouldRetry(resp *http.Response) bool { return resp.Header.Get("Retry-After") != "" }

func client(check retryablehttp.CheckRetry) *retryablehttp.Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 3
	rc.CheckRetry = check
	return rc
}

func charge(rc *retryablehttp.Client, body []byte, key string) (*http.Response, error) {
	req, err := retryablehttp.NewRequest(http.MethodPost, api+"/charges", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return rc.Do(req)
}

var (
	loud   = &retryablehttp.Client{RetryMax: 3, CheckRetry: retryUnlessOK}
	c409   = &retryablehttp.Client{RetryMax: 3, CheckRetry: retryConflictsToo}
	quiet  = &retryablehttp.Client{RetryMax: 3, CheckRetry: retryTransient}
	unread = &retryablehttp.Client{RetryMax: 3, CheckRetry: retryUnread}
)

func run(body []byte) {
	_, _ = charge(loud, body, "c-1")
	_, _ = charge(c409, body, "c-2")
	_, _ = charge(quiet, body, "c-3")
	_, _ = charge(unread, body, "c-4")
}
