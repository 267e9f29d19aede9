// Package counterapi is a home-grown client of a card-terminal provider:
// it starts purchases on a counter terminal, reads them back, and offers
// waiters that poll a purchase and answer the last status they read. A
// waiter that starts from PENDING and returns as soon as the status is
// anything else answers ("PENDING", nil) when its own bound ends the
// wait: its summary (WaiterFact), read by callers of other packages.
package counterapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// StatusPending is a purchase the cardholder has not finished yet.
const StatusPending = "PENDING"

// Client talks to the terminal API.
type Client struct {
	HC   *http.Client
	Base string
}

// Purchase is a terminal purchase as the API answers it.
type Purchase struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (c *Client) do(req *http.Request, out any) error {
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// StartPurchase asks the terminal to take a card payment.
func (c *Client) StartPurchase(ctx context.Context, terminalID string, cents int64) (*Purchase, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", strings.NewReader(`{"terminal":"`+terminalID+`"}`))
	if err != nil {
		return nil, err
	}
	var out Purchase
	return &out, c.do(req, &out)
}

// GetPurchase reads a purchase back.
func (c *Client) GetPurchase(ctx context.Context, id string) (*Purchase, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out Purchase
	return &out, c.do(req, &out)
}

// WaitUntil watches a purchase until max has passed and answers the last
// status it saw: PENDING when the cardholder has not finished.
func (c *Client) WaitUntil(ctx context.Context, id string, max time.Duration) (string, error) {
	deadline := time.Now().Add(max)
	status := "PENDING"
	for time.Now().Before(deadline) {
		p, err := c.GetPurchase(ctx, id)
		if err != nil {
			return "", err
		}
		status = p.Status
		if status != "PENDING" {
			return status, nil
		}
		time.Sleep(3 * time.Second)
	}
	return status, nil
}

// PollReads reads a purchase at most reads times and answers the last
// status it saw.
func (c *Client) PollReads(ctx context.Context, id string, reads int) (string, error) {
	st := StatusPending
	for i := 0; i < reads; i++ {
		p, err := c.GetPurchase(ctx, id)
		if err != nil {
			return "", err
		}
		st = p.Status
		if st != StatusPending {
			return st, nil
		}
		time.Sleep(5 * time.Second)
	}
	return st, nil
}
