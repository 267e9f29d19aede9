// Package bankpay handles iDEAL / Sofort-style bank redirects through our
// in-house PSP's REST API.
package bankpay

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type PaymentStatus string

const (
	StatusOpen     PaymentStatus = "open"
	StatusPending  PaymentStatus = "pending"
	StatusPaid     PaymentStatus = "paid"
	StatusFailed   PaymentStatus = "failed"
	StatusExpired  PaymentStatus = "expired"
	StatusCanceled PaymentStatus = "canceled"
)

type Payment struct {
	ID          string        `json:"id"`
	Status      PaymentStatus `json:"status"`
	CheckoutURL string        `json:"checkout_url"`
}

type Client struct {
	Base string
	Key  string
	HTTP *http.Client
}

func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.Key)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get payment %s: %s", id, resp.Status)
	}
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}
