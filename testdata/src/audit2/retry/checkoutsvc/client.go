// Package checkoutsvc charges cards through the Exirom card API.
package checkoutsvc

import (
	"net/http"
	"time"
)

// Config is loaded from the environment at start-up.
type Config struct {
	BaseURL string
	Token   string
	Timeout time.Duration
}

// Client talks to the card gateway.
type Client struct {
	cfg  Config
	http *http.Client
}

// NewClient builds a client with the configured timeout.
func NewClient(cfg Config) *Client {
	if cfg.Timeout == 0 {
		cfg.Timeout = 15 * time.Second
	}
	return &Client{cfg: cfg, http: &http.Client{Timeout: cfg.Timeout}}
}

type cardPayment struct {
	RequestID string `json:"requestId"`
	OrderID   string `json:"orderId"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	CardToken string `json:"cardToken"`
}

type paymentResult struct {
	TransactionID     string `json:"transactionId"`
	TransactionStatus string `json:"transactionStatus"`
	DeclineCode       int    `json:"declineCode"`
}

func (c *Client) newPost(path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, c.cfg.BaseURL+path, bytesReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.Token)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}
