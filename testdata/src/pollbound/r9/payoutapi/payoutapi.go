// Package payoutapi is a hand-written REST client of a payout provider
// whose states are a group of constants: delivered is its success (no
// word of the shared vocabulary), cancelled and returned its failures.
// Sweep lists the payouts in flight and follows each one; Check reads one.
package payoutapi

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Payout states.
const (
	PayoutQueued    = "queued"
	PayoutInFlight  = "in_flight"
	PayoutDelivered = "delivered"
	PayoutCancelled = "cancelled"
	PayoutReturned  = "returned_to_sender"
)

// Shipment states: a group with no failed state.
const (
	LabelCreated  = "created"
	LabelPrinted  = "printed"
	LabelHandover = "handed_over"
)

// Payout is the provider's payout resource.
type Payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Client talks to the provider.
type Client struct {
	Base string
	HC   *http.Client
}

// Check reads one payout's state.
func (c *Client) Check(ctx context.Context, id string) (*Payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v2/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payout
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Row is a payout the merchant's ledger still holds as in flight.
type Row struct {
	Ref string
}

// Sweep reads every payout of rows once, one goroutine each.
func (c *Client) Sweep(ctx context.Context, rows []Row) {
	for _, r := range rows {
		ref := r.Ref
		go func() {
			_, _ = c.Check(ctx, ref)
		}()
	}
}

// Refresh reads every payout of rows in turn.
func (c *Client) Refresh(ctx context.Context, rows []Row) int {
	done := 0
	for i := range rows {
		if p, err := c.Check(ctx, rows[i].Ref); err == nil && p.Status == PayoutDelivered {
			done++
		}
	}
	return done
}

// Latest reads one payout, the ledger's newest: a range that picks one
// row is not a read per row.
func (c *Client) Latest(ctx context.Context, id string) (*Payout, error) {
	time.Sleep(0)
	return c.Check(ctx, id)
}
