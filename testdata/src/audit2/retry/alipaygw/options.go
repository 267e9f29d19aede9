// Package alipaygw talks to an Alipay-style gateway (form posts, out_trade_no).
package alipaygw

import (
	"net/http"
	"time"
)

// Gateway is configured with functional options in main.
type Gateway struct {
	endpoint   string
	appID      string
	hc         *http.Client
	maxTries   int
	retryDelay time.Duration
}

// Option configures a Gateway.
type Option func(*Gateway)

// WithHTTPClient replaces the default client.
func WithHTTPClient(hc *http.Client) Option { return func(g *Gateway) { g.hc = hc } }

// WithMaxTries sets how many times a trade call is sent.
func WithMaxTries(n int) Option { return func(g *Gateway) { g.maxTries = n } }

// New defaults: 3 tries, 300ms apart.
func New(endpoint, appID string, opts ...Option) *Gateway {
	g := &Gateway{
		endpoint:   endpoint,
		appID:      appID,
		hc:         http.DefaultClient,
		maxTries:   3,
		retryDelay: 300 * time.Millisecond,
	}
	for _, o := range opts {
		o(g)
	}
	return g
}
