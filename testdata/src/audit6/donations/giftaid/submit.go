package giftaid

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Claim is one batch of Gift Aid declarations.
type Claim struct {
	CorrelationID string   `json:"correlation_id"` // our batch id, stable
	CharityRef    string   `json:"charity_ref"`
	DonationIDs   []string `json:"donation_ids"`
	TotalPence    int64    `json:"total_pence"`
}

// Submit sends the claim; the authority deduplicates on correlation_id, so
// a resend after a timeout is safe. Only 5xx and 429 are retried.
func (c *Client) Submit(ctx context.Context, claim Claim) error {
	body, err := json.Marshal(claim)
	if err != nil {
		return err
	}
	wait := 2 * time.Second
	for attempt := 0; attempt < 5; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/charities/claims", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+c.token)
		resp, err := c.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				if resp.StatusCode >= 300 {
					return fmt.Errorf("claim %s refused: %s", claim.CorrelationID, resp.Status)
				}
				return nil
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("claim %s: authority unavailable", claim.CorrelationID)
}
