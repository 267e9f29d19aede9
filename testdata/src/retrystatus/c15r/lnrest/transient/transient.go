// Package transient: the same lnd payment retried only on what may
// change (network errors, 429, 5xx), and by the library's own policy.
package transient

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// NewClient retries network errors, 429 and 5xx only.
func NewClient() *retryablehttp.Client {
	rc := retryablehttp.NewClient()
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if err != nil {
			return true, nil
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			return true, nil
		}
		return false, nil
	}
	return rc
}

// NewDefault hands the decision to the library.
func NewDefault() *retryablehttp.Client {
	return &retryablehttp.Client{RetryMax: 3, CheckRetry: retryablehttp.ErrorPropagatedRetryPolicy}
}

// Pay pays a BOLT11 invoice through lnd's REST API.
func Pay(ctx context.Context, rc *retryablehttp.Client, base, invoice string) error {
	body, _ := json.Marshal(map[string]any{"payment_request": invoice})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/channels/transactions", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := rc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
