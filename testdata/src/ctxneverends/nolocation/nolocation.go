// Package nolocation creates transfers that it names by the id in the
// answer's body, and reads URLs it is handed: what those URLs are is not
// told by any payment write of the package, so their GET is no payment
// read.
package nolocation

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Client talks to a transfer API.
type Client struct{ hc *http.Client }

// Transfer is a transfer.
type Transfer struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Create makes a transfer and answers its id.
func (c *Client) Create(ctx context.Context, cents int64, currency, ref string) (string, error) {
	b, _ := json.Marshal(map[string]any{"amount": cents, "currency": currency, "reference": ref})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.example/transfers", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", ref)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var t Transfer
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return "", err
	}
	return t.ID, nil
}

// Follow reads whatever the link points at.
func (c *Client) Follow(ctx context.Context, link string) (*Transfer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, link, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t Transfer
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, err
	}
	return &t, nil
}

// AwaitLink follows a link until it says done, with no bound: silent,
// the link names no payment the package made.
func (c *Client) AwaitLink(link string) *Transfer {
	for {
		t, err := c.Follow(context.Background(), link)
		if err == nil && t.Status == "done" {
			return t
		}
		time.Sleep(3 * time.Second)
	}
}
