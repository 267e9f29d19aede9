// Package gateway is a hand-rolled client of a REST card gateway.
package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Charge is the gateway's charge resource.
type Charge struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

// Client talks to the gateway.
type Client struct {
	Base string
	HTTP *http.Client
}

// Open POSTs /v1/charges with the merchant's reference as the key.
func (c *Client) Open(ctx context.Context, cents int64, ref string) (*Charge, error) {
	body, _ := json.Marshal(map[string]any{"amount": cents, "reference": ref})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", ref)
	return c.do(req)
}

// Fetch GETs /v1/charges/{id}.
func (c *Client) Fetch(ctx context.Context, id string) (*Charge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/charges/"+id, nil)
	if err != nil {
		return nil, err
	}
	return c.do(req)
}

func (c *Client) do(req *http.Request) (*Charge, error) {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var ch Charge
	return &ch, json.NewDecoder(resp.Body).Decode(&ch)
}
