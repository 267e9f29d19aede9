// Package billing is a small offline fixture for the CI samples' test: a
// payment write retried without an idempotency key.
package billing

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"
)

const base = "https://api.tally.example/v1"

// Charge retries a payment with no idempotency key.
func Charge(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := c.Do(req)
		if err != nil {
			time.Sleep(time.Second << attempt)
			continue
		}
		resp.Body.Close()
		return nil
	}
	return errors.New("payment failed after 3 attempts")
}
