// Package mpesa is our thin client for Safaricom's Daraja API (STK push
// "Lipa na M-Pesa Online" and its status query).
package mpesa

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Config comes from env (see cmd/paymentsvc/config.go).
type Config struct {
	BaseURL        string // https://sandbox.safaricom.co.ke or https://api.safaricom.co.ke
	ConsumerKey    string
	ConsumerSecret string
	ShortCode      string
	Passkey        string
	CallbackURL    string
}

type Client struct {
	cfg Config
	hc  *http.Client

	mu       sync.Mutex
	token    string
	tokenExp time.Time
}

func New(cfg Config) *Client {
	return &Client{cfg: cfg, hc: &http.Client{Timeout: 30 * time.Second}}
}

// APIError carries Daraja's HTTP status so callers can decide what to do.
type APIError struct {
	Status int
	Code   string `json:"errorCode"`
	Msg    string `json:"errorMessage"`
}

func (e *APIError) Error() string {
	return fmt.Sprintf("daraja %d %s: %s", e.Status, e.Code, e.Msg)
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.tokenExp) {
		return c.token, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		c.cfg.BaseURL+"/oauth/v1/generate?grant_type=client_credentials", nil)
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.cfg.ConsumerKey, c.cfg.ConsumerSecret)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   string `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	c.token = out.AccessToken
	c.tokenExp = time.Now().Add(50 * time.Minute)
	return c.token, nil
}

// password is base64(shortcode + passkey + timestamp), as Daraja wants it.
func (c *Client) password(ts string) string {
	return base64.StdEncoding.EncodeToString([]byte(c.cfg.ShortCode + c.cfg.Passkey + ts))
}

func timestamp() string { return time.Now().Format("20060102150405") }
