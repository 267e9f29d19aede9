// Package clientretry sends payment writes through clients that retry on
// their own, with a key made once per call, before the client's retries.
package clientretry

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

type Gateway struct {
	R  *resty.Client
	RH *retryablehttp.Client
}

func New(base string) *Gateway {
	rh := retryablehttp.NewClient()
	rh.RetryMax = 4
	return &Gateway{
		R:  resty.New().SetBaseURL(base).SetRetryCount(3).SetRetryWaitTime(500 * time.Millisecond),
		RH: rh,
	}
}

// Charge makes the key once; resty re-sends the same request with it.
func (g *Gateway) Charge(ctx context.Context, amount int64) (*resty.Response, error) {
	key := uuid.NewString()
	return g.R.R().
		SetContext(ctx).
		SetHeader("Idempotency-Key", key).
		SetBody(map[string]any{"amount": amount, "currency": "EUR"}).
		Post("/v1/payments")
}

// Payout makes the key once; retryablehttp re-sends the same request.
func (g *Gateway) Payout(ctx context.Context, base string, amount int64) (*http.Response, error) {
	b, _ := json.Marshal(map[string]any{"amount": amount})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/payouts", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", uuid.New().String())
	return g.RH.Do(req)
}

// Refund sends an order-derived key in the body (a requestId field).
func (g *Gateway) Refund(ctx context.Context, orderID string, amount int64) error {
	_, err := g.R.R().
		SetContext(ctx).
		SetBody(map[string]any{"requestId": "refund-" + orderID, "amount": amount}).
		Post("/v1/refunds")
	return err
}
