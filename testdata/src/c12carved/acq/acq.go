// Package acq is a hand-written client of an acquirer's refunds API.
package acq

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"c12carved/core"
)

// RefundState is the acquirer's view of one refund.
type RefundState struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, succeeded, failed
}

type Client struct {
	hc   *http.Client
	base string
}

func (c *Client) Name() string { return "acq" }

func (c *Client) post(ctx context.Context, r *core.Refund, key string) (string, error) {
	body, _ := json.Marshal(map[string]any{"order": r.OrderID, "amount": r.AmountCents})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v2/refunds", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out RefundState
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.ID, nil
}

// Refund sends the refund once per row.
func (c *Client) Refund(ctx context.Context, r *core.Refund) (string, error) {
	return c.post(ctx, r, "refund-"+r.ID)
}

// RefundAgain sends it under another key (a manual second attempt).
func (c *Client) RefundAgain(ctx context.Context, r *core.Refund) (string, error) {
	return c.post(ctx, r, "refund-"+r.ID+"-again")
}

// RefundState reads one refund.
func (c *Client) RefundState(ctx context.Context, id string) (*RefundState, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/refunds/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("acq: %s", resp.Status)
	}
	var st RefundState
	return &st, json.NewDecoder(resp.Body).Decode(&st)
}

// Close releases nothing; it makes Client fit plainiface's interface.
func (c *Client) Close() error { return nil }
