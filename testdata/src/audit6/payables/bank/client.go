// Package bank is our client for the bank-as-a-service API (payment orders,
// counterparties, expected payments). JSON over HTTPS, bearer token.
package bank

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Options configures a Client.
type Options struct {
	BaseURL    string
	APIKey     string
	MaxRetries int
	HTTP       *http.Client
}

// Option mutates Options.
type Option func(*Options)

func WithBaseURL(u string) Option          { return func(o *Options) { o.BaseURL = u } }
func WithMaxRetries(n int) Option          { return func(o *Options) { o.MaxRetries = n } }
func WithHTTPClient(c *http.Client) Option { return func(o *Options) { o.HTTP = c } }

// Client talks to the bank.
type Client struct {
	opts Options
}

// New builds a client with sane defaults.
func New(apiKey string, opts ...Option) *Client {
	o := Options{
		BaseURL:    "https://api.bank.example/v1",
		APIKey:     apiKey,
		MaxRetries: 3,
		HTTP:       &http.Client{Timeout: 15 * time.Second},
	}
	for _, fn := range opts {
		fn(&o)
	}
	return &Client{opts: o}
}

// APIError is the bank's error shape.
type APIError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("bank: %d %s", e.Status, e.Detail) }

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.opts.BaseURL+path, &buf)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.opts.APIKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func decode(resp *http.Response, out any) error {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		e := &APIError{Status: resp.StatusCode}
		_ = json.NewDecoder(resp.Body).Decode(e)
		return e
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
