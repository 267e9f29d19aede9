// Package keyperattempt retries a domestic payment consent only after a
// 429 or a 5xx, with a new idempotency key on every attempt: a consent
// moves no money, so a second one made after a lost answer charges
// nothing (idempotency silent), and a refusal is not sent again
// (retrystatus silent).
package keyperattempt

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Client struct {
	hc   *http.Client
	base string
}

func (c *Client) Consent(ctx context.Context, body []byte) error {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/pisp/domestic-payment-consents", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("x-idempotency-key", uuid.NewString())
		resp, err := c.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				if resp.StatusCode != http.StatusCreated {
					return fmt.Errorf("consent refused: %d", resp.StatusCode)
				}
				return nil
			}
			err = fmt.Errorf("consent: %d", resp.StatusCode)
		}
		last = err
		time.Sleep(time.Duration(1<<attempt) * 2 * time.Second)
	}
	return last
}
