package mpesa

import (
	"context"
	"fmt"
	"time"
)

// PushAndWait prompts the buyer and waits until the prompt is answered,
// declined or expires. Many buyers miss the first prompt while in the
// field, so an unanswered prompt is sent once more.
func (c *Client) PushAndWait(ctx context.Context, in PushRequest) (*QueryResult, error) {
	res, err := c.Push(ctx, in)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	sentAt := time.Now()
	reprompted := false
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("mpesa: prompt %s unanswered: %w", res.CheckoutRequestID, ctx.Err())
		case <-tick.C:
		}
		q, err := c.Query(ctx, res.CheckoutRequestID)
		if err != nil {
			return nil, err
		}
		if q.Pending() {
			if !reprompted && time.Since(sentAt) > c.repromptAfter {
				res, err = c.Push(ctx, in) // want "\\[idempotency\\] mpesa.Client.Push \\(POST /mpesa/stkpush/v1/processrequest\\) is retried by a for loop" "\\[pollcreate\\] new payment created inside the loop that polls payment res.CheckoutRequestID"
				if err != nil {
					return nil, err
				}
				reprompted = true
			}
			continue
		}
		return q, nil
	}
}
