// Package common is a stub of
// github.com/adyen/adyen-go-api-library/v21/src/common (signatures as in
// v21.2.0; bodies are stubs).
package common

import "context"

type Config struct {
	ApiKey          string      `json:"apiKey,omitempty"`
	MerchantAccount string      `json:"merchantAccount,omitempty"`
	Environment     Environment `json:"environment,omitempty"`
}

type Environment string

type Service struct {
	Client   *Client
	BasePath func() string
}

type Client struct {
	Cfg *Config
}

// WithIdempotencyKey returns a context whose calls carry an
// Idempotency-Key header (deprecated in favour of the input builders).
func WithIdempotencyKey(ctx context.Context, idempotencyKey string) context.Context {
	panic("stub")
}
