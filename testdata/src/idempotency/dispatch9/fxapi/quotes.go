// Package fxapi: the same retrying dispatcher with a new key per attempt,
// used for a catalogue and FX-quote API: POSTing a quote or a product
// again moves no money.
package fxapi

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

type Quote struct {
	Rate float64 `json:"rate"`
}

type Catalog struct {
	base string
	hc   *http.Client
}

func (c *Catalog) do(ctx context.Context, method, path string, body, out any) error {
	return backoff.Retry(func() error {
		b, _ := json.Marshal(body)
		req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(b))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(out)
	}, backoff.NewExponentialBackOff())
}

func (c *Catalog) Quote(ctx context.Context, from, to string) (*Quote, error) {
	var q Quote
	err := c.do(ctx, http.MethodPost, "/v1/fx/quotes", map[string]string{"from": from, "to": to}, &q)
	return &q, err
}

func (c *Catalog) AddProduct(ctx context.Context, name string) error {
	return c.do(ctx, http.MethodPost, "/catalog/products", map[string]string{"name": name}, nil)
}
