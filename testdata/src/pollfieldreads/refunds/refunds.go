// Package refunds sends a crypto shop's refunds to its provider over
// net/http through waitkit's Retrier.
package refunds

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"pollfieldreads/waitkit"
)

// Client posts refunds.
type Client struct {
	base string
	hc   *http.Client
}

// Refund posts a refund through the Retrier, whose Do fails on every
// non-2xx answer: a 400 or 422 is sent again (reported).
func (c *Client) Refund(ctx context.Context, code string, key string) error {
	body, _ := json.Marshal(map[string]string{"charge": code})
	return waitkit.Retrier{Attempts: 4, Delay: time.Second, Do: func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/refunds", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 { // want "POST /refunds is retried by waitkit.Retrier.Run"
			return fmt.Errorf("charges: refund %s: %d", code, resp.StatusCode)
		}
		return nil
	}}.Run(ctx)
}
