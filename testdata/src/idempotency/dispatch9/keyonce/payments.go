// Package keyonce: a dispatcher that makes the key once per call, before
// its retry loop, and re-sends it on every attempt.
package keyonce

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Payment struct {
	ID string `json:"id"`
}

type PSP struct {
	base string
	hc   *http.Client
}

func (p *PSP) do(ctx context.Context, method, path string, body, out any) error {
	key := uuid.NewString()
	b, _ := json.Marshal(body)
	var err error
	for i := 0; i < 3; i++ {
		req, rerr := http.NewRequestWithContext(ctx, method, p.base+path, bytes.NewReader(b))
		if rerr != nil {
			return rerr
		}
		req.Header.Set("Idempotency-Key", key)
		resp, derr := p.hc.Do(req)
		if derr == nil && resp.StatusCode < 500 {
			defer resp.Body.Close()
			return json.NewDecoder(resp.Body).Decode(out)
		}
		err = derr
		time.Sleep(time.Second << i)
	}
	return err
}

func (p *PSP) CreatePayment(ctx context.Context, amount int64) (*Payment, error) {
	var pm Payment
	err := p.do(ctx, http.MethodPost, "/v1/payments", map[string]any{"amount": amount}, &pm)
	return &pm, err
}
