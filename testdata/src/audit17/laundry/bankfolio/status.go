package bankfolio

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Transfer states as the bank names them.
const (
	StatusPending  = "EN_PROCESO"
	StatusBooked   = "LIQUIDADA"
	StatusRejected = "RECHAZADA"
	StatusReturned = "DEVUELTA"
)

// getTransfer reads a transfer, retrying when the bank's gateway hiccups.
func (c *Client) getTransfer(ctx context.Context, id string) (*Transfer, error) {
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/transferencias/"+id, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "ApiKey "+c.apiKey)
		resp, err := c.hc.Do(req)
		if err != nil {
			time.Sleep(wait)
			wait *= 2
			continue
		}
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] GET /v2/transferencias/\\{\\} is retried by a for loop \\(line 22\\): every non-2xx status is retried"
			resp.Body.Close()
			time.Sleep(wait)
			wait *= 2
			continue
		}
		var t Transfer
		err = json.NewDecoder(resp.Body).Decode(&t)
		resp.Body.Close()
		return &t, err
	}
	return nil, fmt.Errorf("banco austral: transfer %s unreadable", id)
}

// WaitBooked follows a settlement transfer until the bank books it.
func (c *Client) WaitBooked(ctx context.Context, id string) (*Transfer, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	tick := time.NewTicker(30 * time.Second)
	defer tick.Stop()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds \\(line 65\\): a payment that ends FAILED, expired or canceled keeps it polling; return on the failed terminal states too"
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("transfer %s not booked: %w", id, ctx.Err())
		case <-tick.C:
		}
		t, err := c.getTransfer(ctx, id)
		if err != nil {
			continue
		}
		if t.Status == StatusBooked {
			return t, nil
		}
	}
}
