package bank

import (
	"context"
	"net/http"
	"time"
)

// Counterparty is a supplier's bank account on file at the bank.
type Counterparty struct {
	ID            string `json:"id,omitempty"`
	Name          string `json:"name"`
	AccountNumber string `json:"account_number"`
	RoutingNumber string `json:"routing_number"`
}

// CreateCounterparty registers a supplier account. Re-sending is harmless:
// the bank dedupes counterparties on account and routing number.
func (c *Client) CreateCounterparty(ctx context.Context, cp Counterparty) (*Counterparty, error) {
	var out Counterparty
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		var req *http.Request
		req, err = c.newRequest(ctx, http.MethodPost, "/counterparties", cp)
		if err != nil {
			return nil, err
		}
		var resp *http.Response
		resp, err = c.opts.HTTP.Do(req)
		if err == nil {
			if err = decode(resp, &out); err == nil {
				return &out, nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, err
}

// ListSettledSince pages through settled orders for reconciliation.
func (c *Client) ListSettledSince(ctx context.Context, since time.Time) ([]PaymentOrder, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/payment_orders?status=completed&since="+since.Format(time.RFC3339), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.opts.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	var out []PaymentOrder
	return out, decode(resp, &out)
}
