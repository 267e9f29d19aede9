// Package cardpay follows card payments of the shop's acquirer.
package cardpay

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"pollhelperdone/waiting"
)

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Client struct {
	Base string
	HC   *http.Client
}

func (c *Client) Payment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// WaitFinal waits for the payment on the context it is handed, with the
// done test written in place.
func (c *Client) WaitFinal(ctx context.Context, id string) (*Payment, error) {
	return waiting.Until(ctx, 5*time.Second, func(ctx context.Context) (*Payment, error) {
		return c.Payment(ctx, id)
	}, func(p *Payment) bool {
		return p.Status == "succeeded" || p.Status == "failed" || p.Status == "canceled"
	})
}
