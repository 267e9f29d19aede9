// Package parcels follows shipments with the same helper: no payment.
package parcels

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"pollhelperdone/waiting"
)

type Shipment struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

type Client struct {
	Base string
	HC   *http.Client
}

func (c *Client) shipment(ctx context.Context, id string) (*Shipment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/shipments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var s Shipment
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}

// Delivered waits until the carrier delivers the shipment.
func (c *Client) Delivered(ctx context.Context, id string) (*Shipment, error) {
	return waiting.Until(ctx, time.Minute, func(ctx context.Context) (*Shipment, error) {
		return c.shipment(ctx, id)
	}, func(s *Shipment) bool { return s.State == "delivered" || s.State == "returned" })
}
