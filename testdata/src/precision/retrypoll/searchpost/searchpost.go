// Package searchpost retries POSTs that read payments: search and query
// endpoints that take their filter in a POST body.
package searchpost

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

type Filter struct {
	Status string `json:"status"`
	Since  int64  `json:"since"`
}

// Search posts a filter to the payment search endpoint, retrying.
func Search(ctx context.Context, hc *http.Client, base string, f Filter) (*http.Response, error) {
	b, _ := json.Marshal(f)
	var resp *http.Response
	err := backoff.Retry(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments/search", bytes.NewReader(b))
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err = hc.Do(req)
		return err
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3))
	return resp, err
}

// Query posts a reporting query about charges.
func Query(ctx context.Context, hc *http.Client, base string, q []byte) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/charges/query", bytes.NewReader(q))
		resp, err := hc.Do(req)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return nil
}

// Validate asks the provider to validate a card before paying.
func Validate(ctx context.Context, hc *http.Client, base string, card []byte) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payments/validate", bytes.NewReader(card))
		if resp, err := hc.Do(req); err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return nil
}
