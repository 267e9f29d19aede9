// Package connectpay moves money to sellers' connected accounts through the
// PSP's REST API (transfers are created with a raw HTTP client because the
// team wraps several acquirers behind one interface).
package connectpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Config is loaded from env at start-up.
type Config struct {
	BaseURL string
	APIKey  string
}

// Client is the REST client for the transfer API.
type Client struct {
	cfg  Config
	http *http.Client
}

// New builds a client with a sane timeout.
func New(cfg Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: 15 * time.Second}}
}

// TransferReq is the body of POST /v1/transfers.
type TransferReq struct {
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Destination   string `json:"destination"`
	TransferGroup string `json:"transfer_group"`
}

func (c *Client) post(ctx context.Context, path, key string, body any) (*http.Response, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	return c.http.Do(req)
}

func statusErr(resp *http.Response) error {
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("transfer api: %s", resp.Status)
	}
	return nil
}
