// Package lookalikes reads failed answers as the mistakes do, but sends
// only what may change round again, or walks pages: silent.
package lookalikes

import (
	"bytes"
	"context"
	"errors"
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

// Refund refunds an order: 429 and 5xx go round, any other failed
// answer is returned at once.
func (c *Client) Refund(ctx context.Context, orderID string, body []byte, key string) error {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/orders/"+orderID+"/refund", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.hc.Do(req)
		if err != nil {
			last = err
			time.Sleep(time.Second)
			continue
		}
		if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated {
			resp.Body.Close()
			return nil
		}
		last = apierr.ReadError("refund", resp)
		resp.Body.Close()
		c.log.Warn("refund attempt failed", "order", orderID, "attempt", attempt, "err", last)
		var se *apierr.StatusError
		if errors.As(last, &se) && se.Code != http.StatusTooManyRequests && se.Code < 500 {
			return last
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return last
}

// Events walks the pages of a payment's events: the cursor read off
// each answer is the next page, not this one sent again.
func (c *Client) Events(ctx context.Context, paymentID string) (int, error) {
	n := 0
	cursor := ""
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payments/"+paymentID+"?cursor="+cursor, nil)
		if err != nil {
			return n, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return n, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			continue
		}
		n++
		next, _ := apierr.ReadCursor(resp)
		resp.Body.Close()
		c.log.Debug("page read", "next", next)
		if next == "" {
			return n, nil
		}
		cursor = next
	}
}
