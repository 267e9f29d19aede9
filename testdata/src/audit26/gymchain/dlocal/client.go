// Package dlocal is the gym chain's client for the dLocal payins and
// payouts APIs (Mexico and Colombia).
package dlocal

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

type Client struct {
	r        *resty.Client
	login    string
	transKey string
	secret   string
}

type Config struct {
	BaseURL  string
	Login    string
	TransKey string
	Secret   string
	Timeout  time.Duration
}

func New(cfg Config) *Client {
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	r := resty.New().
		SetBaseURL(cfg.BaseURL).
		SetTimeout(cfg.Timeout).
		SetHeader("Content-Type", "application/json").
		SetHeader("X-Version", "2.1")
	return &Client{r: r, login: cfg.Login, transKey: cfg.TransKey, secret: cfg.Secret}
}

// sign follows dLocal's V2-HMAC-SHA256 scheme: HMAC(secret, login+date+body).
func (c *Client) sign(date string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(c.secret))
	mac.Write([]byte(c.login + date))
	mac.Write(body)
	return "V2-HMAC-SHA256, Signature: " + hex.EncodeToString(mac.Sum(nil))
}

func (c *Client) request(ctx context.Context, body any) (*resty.Request, error) {
	var raw []byte
	if body != nil {
		var err error
		if raw, err = json.Marshal(body); err != nil {
			return nil, err
		}
	}
	date := time.Now().UTC().Format(time.RFC3339)
	req := c.r.R().SetContext(ctx).
		SetHeader("X-Date", date).
		SetHeader("X-Login", c.login).
		SetHeader("X-Trans-Key", c.transKey).
		SetHeader("Authorization", c.sign(date, raw))
	if raw != nil {
		req.SetBody(raw)
	}
	return req, nil
}

func requestID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

type APIError struct {
	Status int
	Code   int    `json:"code"`
	Msg    string `json:"message"`
}

func (e *APIError) Error() string { return fmt.Sprintf("dlocal: %d %d %s", e.Status, e.Code, e.Msg) }

func check(resp *resty.Response, err error) error {
	if err != nil {
		return err
	}
	if resp.StatusCode() >= 300 {
		apiErr := &APIError{Status: resp.StatusCode()}
		_ = json.Unmarshal(resp.Body(), apiErr)
		return apiErr
	}
	return nil
}

// Retryable says whether a failed call may be sent again as is.
func Retryable(err error) bool {
	if e, ok := err.(*APIError); ok {
		return e.Status == 429 || e.Status >= 500
	}
	return true // transport error
}
