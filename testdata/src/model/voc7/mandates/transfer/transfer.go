// Package transfer: a body that names no payment resource is a payment's
// by what it carries, and a reference_id next to an amount and a
// currency is the merchant's reference (a payment). The same fields
// without a currency, or a reference on a ledger path, are no payment.
package transfer

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Client struct {
	Root string
	C    *http.Client
}

func (c *Client) post(ctx context.Context, path string, v any) error {
	raw, _ := json.Marshal(v)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Root+path, bytes.NewReader(raw))
	_, err := c.C.Do(req)
	return err
}

func (c *Client) Collect(ctx context.Context, ref string, cents int64) error { // want `wrapper Client.Collect write\|create POST /v2/collect$`
	return c.post(ctx, "/v2/collect", map[string]any{"amount": cents, "currency": "EUR", "reference_id": ref}) // want `op write\|create POST /v2/collect via=post$`
}

// Look-alikes.
func (c *Client) Points(ctx context.Context, ref string, pts int64) error {
	return c.post(ctx, "/v2/points", map[string]any{"amount": pts, "reference_id": ref})
}

func (c *Client) Entry(ctx context.Context, ref string, cents int64) error {
	return c.post(ctx, "/v2/journal", map[string]any{"amount": cents, "currency": "EUR", "reference_id": ref})
}
