// Package walletpay is a client for the Kwikpay mobile-wallet API used by
// learners in South-East Asia.
package walletpay

import (
	"net/http"
	"time"
)

const (
	defaultBaseURL  = "https://api.kwikpay.example/v1"
	settlePollEvery = 750 * time.Millisecond
	refundPause     = 250 * time.Millisecond
)

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.http = h } }

// WithBaseURL points the client at the sandbox.
func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }

// WithAttempts sets how many times a charge is sent before giving up.
func WithAttempts(n int) Option { return func(c *Client) { c.attempts = n } }

// Charge statuses as Kwikpay names them.
const (
	StatusPending   = "PENDING"
	StatusSettled   = "SETTLED"
	StatusFailed    = "FAILED"
	StatusExpired   = "EXPIRED"
	StatusCancelled = "CANCELLED"
)
