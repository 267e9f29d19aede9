// Package wires sends international supplier payments through a
// Wise-style transfers API (quote, transfer, fund).
package wires

import (
	"time"

	"github.com/go-resty/resty/v2"
)

type Config struct {
	BaseURL   string
	Token     string
	ProfileID string
}

type Client struct {
	cfg Config
	rc  *resty.Client
}

// NewClient builds a client that retries transport errors on its own.
func NewClient(cfg Config) *Client {
	rc := resty.New().
		SetBaseURL(cfg.BaseURL).
		SetAuthToken(cfg.Token).
		SetTimeout(30 * time.Second).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second)
	return &Client{cfg: cfg, rc: rc}
}

type Quote struct {
	ID         string  `json:"id"`
	SourceCcy  string  `json:"sourceCurrency"`
	TargetCcy  string  `json:"targetCurrency"`
	Rate       float64 `json:"rate"`
	TargetAmnt float64 `json:"targetAmount"`
}

type Transfer struct {
	ID        int64  `json:"id"`
	QuoteID   string `json:"quoteUuid"`
	Recipient int64  `json:"targetAccount"`
	Reference string `json:"reference"`
	Status    string `json:"status"`
}
