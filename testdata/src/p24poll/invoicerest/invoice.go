// Package invoicerest follows hosted invoices of a crypto gateway through
// a hand-written REST client whose read retries rate limits and outages.
package invoicerest

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

// Client reads invoices.
type Client struct {
	base string
	hc   *http.Client
}

// Invoice is the gateway's invoice.
type Invoice struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// invoice reads one invoice; a 429 or a 5xx is retried three times with a
// doubling wait, any other answer returned. A bounded retry of one read,
// not a poll: silent.
func (c *Client) invoice(ctx context.Context, id string) (*Invoice, error) {
	backoff := 500 * time.Millisecond
	for try := 1; ; try++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/invoices/"+id, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if try <= 3 && (resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests) {
			resp.Body.Close()
			time.Sleep(backoff)
			backoff *= 2
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("invoice %s: %s", id, resp.Status)
		}
		var inv Invoice
		if err := json.NewDecoder(resp.Body).Decode(&inv); err != nil {
			return nil, err
		}
		return &inv, nil
	}
}

// WaitPaid: the mistake. It polls the retrying read until PAID only, with
// no bound: an EXPIRED invoice keeps it polling forever.
func (c *Client) WaitPaid(ctx context.Context, id string) (*Invoice, error) {
	for { // want `loop polling payment id stops only when the payment succeeds \(line 69\): a payment that ends FAILED, expired or canceled keeps it polling and it has no bound`
		inv, err := c.invoice(ctx, id)
		if err != nil {
			log.Printf("invoice %s: %v", id, err)
			time.Sleep(15 * time.Second)
			continue
		}
		if inv.Status == "PAID" {
			return inv, nil
		}
		time.Sleep(10 * time.Second)
	}
}

// Await: a look-alike. The same retrying read polled on a ticker under a
// deadline, leaving on PAID and on EXPIRED or CANCELLED: silent.
func (c *Client) Await(ctx context.Context, id string) (*Invoice, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
		inv, err := c.invoice(ctx, id)
		if err != nil {
			return nil, err
		}
		switch inv.Status {
		case "PAID":
			return inv, nil
		case "EXPIRED", "CANCELLED":
			return inv, fmt.Errorf("invoice %s %s", id, inv.Status)
		}
	}
}
