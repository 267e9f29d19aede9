// Package invoices: a client that only makes invoices (requests for
// payment) on an lnd node retries every 4xx; making an invoice moves no
// money, so the rule stays silent.
package invoices

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// NewClient retries everything but 2xx.
func NewClient() *retryablehttp.Client {
	rc := retryablehttp.NewClient()
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if err != nil {
			return true, nil
		}
		return resp.StatusCode >= 400, nil
	}
	return rc
}

// NewInvoice asks the node for an invoice of sats.
func NewInvoice(ctx context.Context, rc *retryablehttp.Client, base string, sats int64) error {
	body, _ := json.Marshal(map[string]any{"value": sats, "memo": "donation", "expiry": 3600})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/invoices", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := rc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
