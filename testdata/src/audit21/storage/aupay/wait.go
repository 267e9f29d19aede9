package aupay

import (
	"context"
	"time"
)

// settlePoll is how often the counter screen refreshes a terminal purchase.
const settlePoll = 1500 * time.Millisecond

// WaitSettled watches a terminal purchase for up to max and returns the last
// status seen. A purchase still PENDING at the end comes back as PENDING.
func (c *Client) WaitSettled(ctx context.Context, id string, max time.Duration) (string, error) {
	deadline := time.Now().Add(max)
	status := "PENDING"
	for time.Now().Before(deadline) {
		t, err := c.Status(ctx, id)
		if err != nil {
			return "", err
		}
		status = t.Status
		if status != "PENDING" {
			return status, nil
		}
		time.Sleep(settlePoll) // want "\\[pollinterval\\] payment status polled every 1\\.5s: the provider's limit is one poll per 2s;"
	}
	return status, nil
}
