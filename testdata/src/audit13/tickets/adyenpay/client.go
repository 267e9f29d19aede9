// Package adyenpay wraps Adyen Checkout for primary ticket sales.
package adyenpay

import (
	"log/slog"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
)

// Client is our Adyen Checkout client.
type Client struct {
	api      *checkout.APIClient
	merchant string
	log      *slog.Logger
}

// Option configures a Client.
type Option func(*Client)

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// New builds a Client for one merchant account.
func New(apiKey, merchant string, env common.Environment, opts ...Option) *Client {
	api := adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env})
	c := &Client{api: api.Checkout(), merchant: merchant, log: slog.Default()}
	for _, o := range opts {
		o(c)
	}
	return c
}

// API exposes the raw Checkout client to the reconciliation workers.
func (c *Client) API() *checkout.APIClient { return c.api }

func retryable(resp *http.Response) bool {
	return resp == nil || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
