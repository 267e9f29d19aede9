// Package poll polls a payment every 100ms: one pollinterval finding under
// the default minimum (2s), none when poll-interval-min is 50ms.
package poll

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type payment struct{ Status string }

// Wait polls the payment until it is final.
func Wait(ctx context.Context, c *http.Client, id string) (string, error) {
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		default:
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.provider.example/v1/payments/"+id, nil)
		resp, err := c.Do(req)
		if err != nil {
			return "", err
		}
		var p payment
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return p.Status, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
}
