// Package proration bills mid-cycle seat changes: adding seats charges the
// prorated difference at once through Paddle's one-time subscription charge.
package proration

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type PaddleAPI struct {
	base  string // https://api.paddle.com
	token string
	hc    *http.Client
}

func NewPaddleAPI(base, token string) *PaddleAPI {
	return &PaddleAPI{base: base, token: token, hc: &http.Client{Timeout: 15 * time.Second}}
}

type ChargeItem struct {
	PriceID  string `json:"price_id"`
	Quantity int    `json:"quantity"`
}

type retryable struct{ status int }

func (e retryable) Error() string { return fmt.Sprintf("paddle: %d", e.status) }

// do sends one JSON request; 5xx and 429 come back as retryable errors.
func (p *PaddleAPI) do(ctx context.Context, method, path string, body any, key string) error {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, p.base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return retryable{resp.StatusCode}
	}
	if resp.StatusCode >= 400 {
		return fmt.Errorf("paddle: %s", resp.Status)
	}
	return nil
}
