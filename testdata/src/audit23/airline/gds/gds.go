// Package gds talks to the reservation system that issues e-tickets and
// exports departure manifests.
package gds

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	base string
	hc   *http.Client
}

func New(base string) *Client {
	return &Client{base: base, hc: &http.Client{Timeout: 30 * time.Second}}
}

type Ticket struct {
	Number string `json:"ticket_number"`
	PNR    string `json:"pnr"`
}

// Issue issues the e-tickets of a paid PNR. The GDS answers 409 with the
// existing tickets when the PNR is already ticketed.
func (c *Client) Issue(ctx context.Context, pnr string) ([]Ticket, error) {
	body, _ := json.Marshal(map[string]string{"pnr": pnr, "form_of_payment": "EXT"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/tickets", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusConflict {
		return nil, fmt.Errorf("gds issue %s: %d", pnr, resp.StatusCode)
	}
	var out []Ticket
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

type Export struct {
	ID     string `json:"id"`
	Status string `json:"status"` // queued, running, done, failed
	URL    string `json:"url"`
}

func (c *Client) StartManifest(ctx context.Context, flight string, date time.Time) (*Export, error) {
	body, _ := json.Marshal(map[string]string{"flight": flight, "date": date.Format("2006-01-02")})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/manifests", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var e Export
	return &e, json.NewDecoder(resp.Body).Decode(&e)
}

func (c *Client) Manifest(ctx context.Context, id string) (*Export, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/manifests/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var e Export
	return &e, json.NewDecoder(resp.Body).Decode(&e)
}

// WaitManifest waits for a manifest export; the DCS needs it before the
// gate closes, so it is polled quickly.
func (c *Client) WaitManifest(ctx context.Context, id string) (*Export, error) {
	for {
		e, err := c.Manifest(ctx, id)
		if err != nil {
			return nil, err
		}
		if e.Status == "done" || e.Status == "failed" {
			return e, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(500 * time.Millisecond): // audit: lookalike pollinterval: a manifest export, not a payment
		}
	}
}
