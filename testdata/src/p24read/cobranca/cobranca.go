// Package cobranca reads charges of a Brazilian gateway whose API names
// its resources in Portuguese ("GET /api/v1/cobrancas/{id}"); what the
// client decodes the answer into says it is a payment's status.
package cobranca

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Client calls the gateway.
type Client struct {
	base string
	hc   *http.Client
}

// Charge is the gateway's charge.
type Charge struct {
	ID     string `json:"id"`
	Status string `json:"situacao"`
}

// Charge reads a charge, retrying every answer but 200 three times: the
// mistake. A 404 (no such charge) or a 401 is asked again.
func (c *Client) Charge(ctx context.Context, id string) (*Charge, error) {
	wait := 500 * time.Millisecond
	for n := 0; n < 3; n++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/api/v1/cobrancas/"+id, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			time.Sleep(wait)
			wait *= 2
			continue
		}
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // want `GET /api/v1/cobrancas/\{\} is retried by a for loop \(line 31\): every non-2xx status is retried`
			time.Sleep(wait)
			wait *= 2
			continue
		}
		if err != nil {
			return nil, err
		}
		var ch Charge
		if err := json.Unmarshal(raw, &ch); err != nil {
			return nil, err
		}
		return &ch, nil
	}
	return nil, fmt.Errorf("charge %s unreadable", id)
}

// Refund reads a refund the same way but retries only 5xx: a look-alike,
// silent.
func (c *Client) Refund(ctx context.Context, id string) (*Refund, error) {
	wait := 500 * time.Millisecond
	for n := 0; n < 3; n++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/api/v1/estornos/"+id, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode >= 500 {
			resp.Body.Close()
			time.Sleep(wait)
			wait *= 2
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("refund %s: %s", id, resp.Status)
		}
		var r Refund
		return &r, json.NewDecoder(resp.Body).Decode(&r)
	}
	return nil, fmt.Errorf("refund %s unreadable", id)
}

// Refund is the gateway's refund.
type Refund struct {
	ID    string `json:"id"`
	State string `json:"situacao"`
}

// Driver is a courier of the delivery service.
type Driver struct {
	ID     string `json:"id"`
	Status string `json:"situacao"`
}

// Driver reads a courier, retrying every answer but 200: no payment, a
// look-alike, silent.
func (c *Client) Driver(ctx context.Context, id string) (*Driver, error) {
	for n := 0; n < 3; n++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/api/v1/motoristas/"+id, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			time.Sleep(time.Second)
			continue
		}
		defer resp.Body.Close()
		var d Driver
		return &d, json.NewDecoder(resp.Body).Decode(&d)
	}
	return nil, fmt.Errorf("driver %s unreadable", id)
}

// PayoutAccount is where a payout goes; it has no state.
type PayoutAccount struct {
	ID   string `json:"id"`
	Bank string `json:"banco"`
}

// Account reads a payout account, retrying every answer but 200: an
// object with no state is no payment's status, silent.
func (c *Client) Account(ctx context.Context, id string) (*PayoutAccount, error) {
	for n := 0; n < 3; n++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/api/v1/contas/"+id, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			time.Sleep(time.Second)
			continue
		}
		defer resp.Body.Close()
		var a PayoutAccount
		return &a, json.NewDecoder(resp.Body).Decode(&a)
	}
	return nil, fmt.Errorf("account %s unreadable", id)
}
