// Package noretry: a dispatcher that stamps a new key on every POST but
// sends each request once: nothing is repeated.
package noretry

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"
)

type Transfer struct {
	ID string `json:"id"`
}

type Bank struct {
	base string
	hc   *http.Client
}

func (k *Bank) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, k.base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if method == http.MethodPost {
		req.Header.Set("Idempotency-Key", uuid.NewString())
	}
	return req, nil
}

func (k *Bank) do(ctx context.Context, method, path string, body, out any) error {
	req, err := k.newRequest(ctx, method, path, body)
	if err != nil {
		return err
	}
	resp, err := k.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (k *Bank) Transfer(ctx context.Context, to string, amount int64) (*Transfer, error) {
	var t Transfer
	err := k.do(ctx, http.MethodPost, "/v1/transfers", map[string]any{"to": to, "amount": amount}, &t)
	return &t, err
}
