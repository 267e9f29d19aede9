// Package clients builds the payment clients other packages send through.
package clients

import (
	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
)

// PSP exposes its resty client.
type PSP struct {
	HTTP *resty.Client
	Base string
}

// NewPSP configures the client to retry twice.
func NewPSP() *PSP {
	return &PSP{HTTP: resty.New().SetRetryCount(2), Base: "https://api.psp.test"}
}

// Plain exposes a resty client that never retries.
type Plain struct{ HTTP *resty.Client }

func NewPlain() *Plain { return &Plain{HTTP: resty.New().SetRetryCount(0)} }

// Hook posts through a retryablehttp client with retries turned off.
type Hook struct{ HTTP *retryablehttp.Client }

func NewHook() *Hook {
	c := retryablehttp.NewClient()
	c.RetryMax = 0
	return &Hook{HTTP: c}
}

// Retrying posts through a retryablehttp client left as it is.
type Retrying struct{ HTTP *retryablehttp.Client }

func NewRetrying() *Retrying { return &Retrying{HTTP: retryablehttp.NewClient()} }
