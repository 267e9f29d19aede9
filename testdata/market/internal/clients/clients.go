// Package clients builds the HTTP clients the marketplace's services share.
package clients

import (
	"time"

	"github.com/go-resty/resty/v2"
)

// Set holds the shared clients.
type Set struct {
	// Marketplace is the provider's marketplace API client; it retries
	// failed requests three times by itself.
	Marketplace *resty.Client
	// Reports never retries.
	Reports *resty.Client
	Base    string
}

// New configures the shared clients.
func New(base string) *Set {
	return &Set{
		Marketplace: resty.New().SetRetryCount(3).SetRetryWaitTime(2 * time.Second),
		Reports:     resty.New().SetTimeout(30 * time.Second),
		Base:        base,
	}
}
