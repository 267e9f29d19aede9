// Package billing reads a payment's status once: nothing to report.
package billing

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// PollMin is the wait between status reads.
const PollMin = 3 * time.Second

// Status reads the status of one payment.
func Status(ctx context.Context, c *http.Client, id string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.example.com/v1/payments/"+id, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, fmt.Errorf("payment %s: %w", id, err)
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
