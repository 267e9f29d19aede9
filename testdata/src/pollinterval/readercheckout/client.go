// Package readercheckout drives card readers through a vendor's REST API
// (a checkout is pushed to a reader and read back by its id) and shows a
// Pix charge on a desk tablet: both are payments whose state the booth
// reads again and again, at cadences declared apart from the loops.
package readercheckout

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Checkout is a charge pushed to a reader.
type Checkout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Client talks to the reader vendor's API through one method/path
// dispatcher.
type Client struct {
	hc       *http.Client
	base     string
	merchant string
}

func (c *Client) send(ctx context.Context, method, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

// Checkout reads one checkout of the merchant.
func (c *Client) Checkout(ctx context.Context, id string) (*Checkout, error) {
	resp, err := c.send(ctx, http.MethodGet, "/v0.1/merchants/"+c.merchant+"/checkouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("checkout %s: %d", id, resp.StatusCode)
	}
	var co Checkout
	return &co, json.NewDecoder(resp.Body).Decode(&co)
}

// Report is a sales report the vendor renders on request.
type Report struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Report reads a report's rendering state.
func (c *Client) Report(ctx context.Context, id string) (*Report, error) {
	resp, err := c.send(ctx, http.MethodGet, "/v0.1/merchants/"+c.merchant+"/reports/"+id, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Report
	return &r, json.NewDecoder(resp.Body).Decode(&r)
}

// Cob is a Pix immediate charge (BACEN API Pix: GET /cob/{txid}).
type Cob struct {
	TxID   string `json:"txid"`
	Status string `json:"status"`
}

// PixClient reads Pix charges from the PSP.
type PixClient struct {
	hc   *http.Client
	base string
}

// Cob reads a charge by its txid.
func (p *PixClient) Cob(ctx context.Context, txid string) (*Cob, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/v2/cob/"+txid, nil)
	if err != nil {
		return nil, err
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var cob Cob
	return &cob, json.NewDecoder(resp.Body).Decode(&cob)
}

// Shipment is a parcel the carrier moves.
type Shipment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Shipment reads a parcel's tracking state.
func (p *PixClient) Shipment(ctx context.Context, id string) (*Shipment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/v1/shipments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var s Shipment
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}
