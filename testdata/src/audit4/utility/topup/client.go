// Package topup sends prepaid airtime top-ups through the aggregator's REST API.
package topup

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

// Config holds the aggregator endpoint and credentials.
type Config struct {
	BaseURL string
	APIKey  string
	Retries int
}

// Client talks to the airtime aggregator.
type Client struct {
	cfg  Config
	http *http.Client
}

// NewClient builds a client with a sane timeout.
func NewClient(cfg Config) *Client {
	if cfg.Retries == 0 {
		cfg.Retries = 3
	}
	return &Client{cfg: cfg, http: &http.Client{Timeout: 15 * time.Second}}
}

// TopUpRequest is the aggregator's recharge body.
type TopUpRequest struct {
	RequestID string `json:"request_id"`
	MSISDN    string `json:"msisdn"`
	Operator  string `json:"operator"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
}

func (c *Client) post(path string, body any) (*http.Response, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, c.cfg.BaseURL+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}
