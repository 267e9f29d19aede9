// Package bankpay is a client for Banco Meridian's corporate credit
// transfer API, used to pay claims out to policyholders.
package bankpay

import "time"

const (
	defaultBaseURL = "https://corporate.meridian-bank.example/api"

	// traceHeader carries our instruction reference; the bank treats a
	// second instruction with a reference it has seen as the same one.
	traceHeader = "X-Remit-Trace"

	settleCheckEvery = 750 * time.Millisecond
	settleTimeout    = 20 * time.Minute
)

// Option configures a Client.
type Option func(*Client)

func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }

func WithRetries(n int) Option { return func(c *Client) { c.hc.RetryMax = n } }
