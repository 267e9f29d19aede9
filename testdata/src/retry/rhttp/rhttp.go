// Package rhttp: go-retryablehttp (v0.7.8) clients configured with and
// without a wait between retries.
package rhttp

import (
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

func defaults() {
	c := retryablehttp.NewClient() // want `no wait=false`
	_ = c
}

func minZero() {
	c := retryablehttp.NewClient() // want `no wait=true`
	c.RetryWaitMin = 0
	_ = c
}

func maxZero() {
	c := retryablehttp.NewClient() // want `no wait=true`
	c.RetryWaitMax = 0
	_ = c
}

func noRetries() {
	c := retryablehttp.NewClient() // want `no wait=false`
	c.RetryWaitMin = 0
	c.RetryMax = 0
	_ = c
}

func waits() {
	c := retryablehttp.NewClient() // want `no wait=false`
	c.RetryWaitMin = 500 * time.Millisecond
	c.RetryWaitMax = 10 * time.Second
	_ = c
}

func configured(min time.Duration) {
	c := retryablehttp.NewClient() // want `no wait=false`
	c.RetryWaitMin = min
	_ = c
}

func literal() {
	c := &retryablehttp.Client{RetryMax: 5, Backoff: retryablehttp.DefaultBackoff} // want `no wait=true`
	_ = c
}

func literalWaits() {
	c := &retryablehttp.Client{RetryMax: 5, Backoff: retryablehttp.DefaultBackoff, RetryWaitMin: time.Second, RetryWaitMax: 5 * time.Second} // want `no wait=false`
	_ = c
}

func linearJitter() {
	c := retryablehttp.NewClient() // want `no wait=false`
	c.Backoff = retryablehttp.LinearJitterBackoff
	c.RetryWaitMin = 0
	_ = c
}

func linearJitterZero() {
	c := retryablehttp.NewClient() // want `no wait=true`
	c.Backoff = retryablehttp.LinearJitterBackoff
	c.RetryWaitMin, c.RetryWaitMax = 0, 0
	_ = c
}
