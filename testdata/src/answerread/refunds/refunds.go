// Package refunds refunds orders of a merchant-of-record API in a loop
// that treats 200/201 as done and sends every other answer round again,
// wording each failed answer with a helper of another package and
// logging it through the client's logger.
package refunds

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"answerread/apierr"
)

// Client is the API client.
type Client struct {
	base string
	hc   *http.Client
	log  *slog.Logger
}

func (c *Client) newRequest(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// Refund refunds an order; key is the same for every call about it.
func (c *Client) Refund(ctx context.Context, orderID string, body []byte, key string) error {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
		}
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/orders/"+orderID+"/refund", body)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.hc.Do(req)
		if err != nil {
			last = err
			continue
		}
		if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated { // want `POST /v1/orders/\{\}/refund is retried by a for loop \(line 37\): every non-2xx status is retried, including 400/404/422`
			resp.Body.Close()
			return nil
		}
		last = apierr.ReadError("refund", resp)
		resp.Body.Close()
		c.log.Warn("refund attempt failed", "order", orderID, "attempt", attempt, "err", last)
	}
	return fmt.Errorf("refund %s: %w", orderID, last)
}
