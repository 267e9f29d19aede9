// Package custodian talks to the custody provider's REST API (Fireblocks
// style): withdrawals are created as transactions keyed by externalTxId.
package custodian

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

// Config is loaded from env at boot.
type Config struct {
	BaseURL  string
	APIKey   string
	VaultID  string
	MaxTries int
}

// Client is the custody API client shared by the withdrawal worker.
type Client struct {
	cfg  Config
	http *http.Client
}

// New builds a client with a sane timeout.
func New(cfg Config) *Client {
	if cfg.MaxTries == 0 {
		cfg.MaxTries = 4
	}
	return &Client{cfg: cfg, http: &http.Client{Timeout: 15 * time.Second}}
}

// TransferRequest is the body of POST /v1/transactions.
type TransferRequest struct {
	AssetID      string `json:"assetId"`
	Amount       string `json:"amount"`
	Source       string `json:"source"`
	Destination  string `json:"destination"`
	ExternalTxID string `json:"externalTxId"`
	Note         string `json:"note,omitempty"`
}

func (c *Client) post(path string, body any) (*http.Response, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, c.cfg.BaseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", c.cfg.APIKey)
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}
