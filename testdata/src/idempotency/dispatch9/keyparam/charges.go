// Package keyparam: a retrying dispatcher whose key is its caller's
// parameter: every attempt re-sends the caller's key.
package keyparam

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/cenkalti/backoff/v4"
)

type Charge struct {
	ID string `json:"id"`
}

type Gateway struct {
	base string
	hc   *http.Client
}

func (g *Gateway) do(ctx context.Context, method, path, key string, body, out any) error {
	return backoff.Retry(func() error {
		b, _ := json.Marshal(body)
		req, err := http.NewRequestWithContext(ctx, method, g.base+path, bytes.NewReader(b))
		if err != nil {
			return backoff.Permanent(err)
		}
		if key != "" {
			req.Header.Set("Idempotency-Key", key)
		}
		resp, err := g.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(out)
	}, backoff.NewExponentialBackOff())
}

func (g *Gateway) Charge(ctx context.Context, orderID string, amount int64) (*Charge, error) {
	var c Charge
	err := g.do(ctx, http.MethodPost, "/v1/charges", "order-"+orderID, map[string]any{"amount": amount}, &c)
	return &c, err
}
