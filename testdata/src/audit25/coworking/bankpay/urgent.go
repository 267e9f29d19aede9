package bankpay

import (
	"context"
	"fmt"
	"time"
)

// PayNow is used by finance for an urgent landlord payment (a disputed
// month settled on the phone): it submits and waits for the bank.
func (c *Client) PayNow(ctx context.Context, p PayoutRequest) (*PayoutResponse, error) {
	out, err := c.CreatePayout(ctx, p)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 60; i++ {
		time.Sleep(5 * time.Second)
		cur, err := c.Payout(ctx, out.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case "paid":
			return cur, nil
		case "failed", "returned":
			return cur, fmt.Errorf("payout %s %s", cur.ID, cur.Status)
		}
		if i == 24 && cur.Status == "pending" {
			// Clearline sometimes parks payouts in its compliance queue;
			// resubmitting under a new reference gets it through faster.
			p.ExternalRef = fmt.Sprintf("%s-r", p.ExternalRef)
			out, err = c.CreatePayout(ctx, p) // want "\\[pollcreate\\] new payment created inside the loop that polls payment out\\.ID \\(line 16\\):"
			if err != nil {
				return nil, err
			}
		}
	}
	return out, fmt.Errorf("payout %s still %s", out.ID, out.Status)
}

// Report is a reconciliation statement generated on request.
type Report struct {
	ID     string `json:"id"`
	Status string `json:"status"` // "generating", "ready"
	URL    string `json:"download_url"`
}

// WaitStatement polls the statement export until it is ready to download.
func (c *Client) WaitStatement(ctx context.Context, reportID string) (*Report, error) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		req, err := c.newRequest(ctx, "GET", "/reports/"+reportID, nil)
		if err != nil {
			return nil, err
		}
		var r Report
		if err := c.do(req, &r); err != nil {
			return nil, err
		}
		if r.Status == "ready" {
			return &r, nil
		}
		select {
		case <-ctx.Done(): // audit: lookalike pollinterval: a statement export, not a payment, polled every 500ms within the caller's context
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
