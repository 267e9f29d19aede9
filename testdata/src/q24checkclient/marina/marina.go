// Package marina: berth fees refunded through a go-retryablehttp client
// whose CheckRetry leaves 4xx alone, and a weather client with a
// package-level CheckRetry retrying any status of 400 and above: the
// weather's is another client's, so nothing is reported.
package marina

import (
	"context"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

var refunds = &retryablehttp.Client{RetryMax: 3, CheckRetry: transient}

func transient(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) {
		return true, nil
	}
	return retryablehttp.DefaultRetryPolicy(ctx, resp, err)
}

var forecasts *retryablehttp.Client

func init() {
	wc := retryablehttp.NewClient()
	wc.CheckRetry = anyFailure
	forecasts = wc
}

func anyFailure(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return err != nil || resp.StatusCode >= 400, nil
}

// RefundBerth refunds a cancelled berth, keyed by the booking.
func RefundBerth(ctx context.Context, bookingID string, body []byte) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, "https://api.harbourpay.example/v1/refunds", body)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "berth-"+bookingID)
	resp, err := refunds.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Wind reads the wind forecast for the harbour.
func Wind(ctx context.Context) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, "https://wx.example/v1/wind?harbour=north", nil)
	if err != nil {
		return err
	}
	resp, err := forecasts.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
