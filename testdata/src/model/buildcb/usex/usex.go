// Package usex: payouts sent through the shared generic sender of
// another package (httpx.Do calls its builder on every attempt).
package usex

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"

	"model/buildcb/httpx"
)

type Payouts struct {
	base string
	hc   *http.Client
}

type payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type payoutIn struct {
	Destination string `json:"destination"`
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency"`
}

func (p *Payouts) post(ctx context.Context, path string, in any, key string) (*http.Request, error) {
	raw, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+path, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return req, nil
}

// Send: a new key on every attempt of httpx.Do.
func (p *Payouts) Send(ctx context.Context, dest string, cents int64) (payout, error) {
	return httpx.Do[payout](ctx, p.hc, func(ctx context.Context) (*http.Request, error) { // want `POST /v1/payouts is retried by httpx.Do \(line 44\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 45\)`
		return p.post(ctx, "/v1/payouts", payoutIn{dest, cents, "USD"}, uuid.NewString())
	})
}

// SendKeyed: the key is made once before httpx.Do: silent.
func (p *Payouts) SendKeyed(ctx context.Context, dest string, cents int64) (payout, error) {
	key := uuid.NewString()
	return httpx.Do[payout](ctx, p.hc, func(ctx context.Context) (*http.Request, error) {
		return p.post(ctx, "/v1/payouts", payoutIn{dest, cents, "USD"}, key)
	})
}

// SendOnce: httpx.Once does not retry: silent.
func (p *Payouts) SendOnce(ctx context.Context, dest string, cents int64) (payout, error) {
	return httpx.Once[payout](ctx, p.hc, func(ctx context.Context) (*http.Request, error) {
		return p.post(ctx, "/v1/payouts", payoutIn{dest, cents, "USD"}, uuid.NewString())
	})
}

// Status: a GET through the retrying sender: silent.
func (p *Payouts) Status(ctx context.Context, id string) (payout, error) {
	return httpx.Do[payout](ctx, p.hc, func(ctx context.Context) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/v1/payouts/"+id, nil)
	})
}
