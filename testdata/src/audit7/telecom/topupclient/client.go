// Package topupclient talks to the prepaid top-up aggregator (our own REST
// gateway in front of the card acquirers and voucher partners).
package topupclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Config comes from the service's YAML.
type Config struct {
	BaseURL string
	APIKey  string
	Timeout time.Duration
}

type Client struct {
	cfg Config
	hc  *http.Client
}

func New(cfg Config) *Client {
	return &Client{cfg: cfg, hc: &http.Client{Timeout: cfg.Timeout}}
}

// TopUpRequest is a prepaid credit purchase charged to the subscriber's card.
type TopUpRequest struct {
	MSISDN    string `json:"msisdn"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Reference string `json:"reference"`
	CardToken string `json:"card_token"`
}

type TopUp struct {
	ID     string `json:"id"`
	Status string `json:"status"` // PENDING, COMPLETED, FAILED
	Amount int64  `json:"amount"`
}

// post sends one JSON request to the aggregator.
func (c *Client) post(ctx context.Context, path string, body, out any) (int, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", uuid.NewString())
	res, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if out != nil && res.StatusCode < 300 {
		if err := json.NewDecoder(res.Body).Decode(out); err != nil {
			return res.StatusCode, err
		}
	}
	return res.StatusCode, nil
}

// CreateTopUp charges the card and credits the line. The aggregator is flaky
// at month end, so we try a few times.
func (c *Client) CreateTopUp(ctx context.Context, in TopUpRequest) (*TopUp, error) {
	var out TopUp
	wait := time.Second
	for attempt := 1; attempt <= 4; attempt++ {
		status, err := c.post(ctx, "/v1/topups", in, &out) // want "\\[idempotency\\] POST /v1/topups is retried by a for loop .* but post makes a new idempotency key on every call"
		if err == nil && status == http.StatusCreated {    // want "\\[retrystatus\\] POST /v1/topups is retried by a for loop .*: every non-2xx status is retried"
			return &out, nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("topup %s: gave up", in.Reference)
}

// GetTopUp reads one top-up's state.
func (c *Client) GetTopUp(ctx context.Context, id string) (*TopUp, error) {
	var lastErr error
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.cfg.BaseURL+"/v1/topups/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
		res, err := c.hc.Do(req) // want "\\[retrybackoff\\] GET /v1/topups/\\{\\} is retried by a for loop .* every 250ms"
		if err != nil {
			lastErr = err
			time.Sleep(250 * time.Millisecond)
			continue
		}
		var t TopUp
		err = json.NewDecoder(res.Body).Decode(&t)
		res.Body.Close()
		return &t, err
	}
	return nil, lastErr
}
