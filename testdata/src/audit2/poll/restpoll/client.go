// Package restpoll talks to the acquirer's REST API with net/http.
package restpoll

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Payment is the acquirer's payment resource.
type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, authorized, captured, failed, voided
	Amount int64  `json:"amount"`
}

// Client is a thin REST client for the acquirer.
type Client struct {
	base  string
	token string
	http  *http.Client
}

// NewClient builds a client with a sane timeout.
func NewClient(base, token string) *Client {
	return &Client{base: base, token: token, http: &http.Client{Timeout: 10 * time.Second}}
}

// GetPayment reads one payment.
func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("acquirer: GET payment %s: %s", id, resp.Status)
	}
	var p Payment
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Shipment is the carrier's shipment resource.
type Shipment struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

// GetShipment reads a shipment from the carrier's tracking API.
func (c *Client) GetShipment(ctx context.Context, id string) (*Shipment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/shipments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var s Shipment
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}
