// Package webhook is a stub of github.com/mercadopago/sdk-go/pkg/webhook
// (added in v1.14.0; signatures as there, bodies are stubs).
package webhook

import "time"

type Option func(*options) error

type options struct {
	tolerance time.Duration
}

func WithTolerance(d time.Duration) Option { panic("stub") }

// ValidateSignature checks the x-signature header against an HMAC of
// the manifest (data.id, x-request-id, ts); a non-nil error on failure.
func ValidateSignature(xSignature, xRequestID, dataID, secret string, opts ...Option) error {
	panic("stub")
}
