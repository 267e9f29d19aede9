package topupclient

import (
	"context"
	"time"
)

// WaitForTopUp blocks until the top-up is final or ctx ends. It returns the
// last status seen ("PENDING" when ctx ran out first).
func (c *Client) WaitForTopUp(ctx context.Context, id string) (string, error) {
	ticker := time.NewTicker(time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return "PENDING", nil
		case <-ticker.C:
		}
		t, err := c.GetTopUp(ctx, id)
		if err != nil {
			continue
		}
		if t.Status == "COMPLETED" || t.Status == "FAILED" {
			return t.Status, nil
		}
	}
}
