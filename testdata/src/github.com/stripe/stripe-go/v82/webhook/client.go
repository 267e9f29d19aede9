// Package webhook is a test stub of github.com/stripe/stripe-go/v82/webhook (trimmed).
package webhook

import (
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
)

const DefaultTolerance time.Duration = 300 * time.Second

var (
	ErrInvalidHeader    = errors.New("webhook has invalid Stripe-Signature header")
	ErrNoValidSignature = errors.New("webhook had no valid signature")
	ErrNotSigned        = errors.New("webhook has no Stripe-Signature header")
	ErrTooOld           = errors.New("timestamp wasn't within tolerance")
)

func ComputeSignature(t time.Time, payload []byte, secret string) []byte { panic("stub") }

func ConstructEvent(payload []byte, header string, secret string) (stripe.Event, error) {
	panic("stub")
}

func ConstructEventIgnoringTolerance(payload []byte, header string, secret string) (stripe.Event, error) {
	panic("stub")
}

func ConstructEventWithTolerance(payload []byte, header string, secret string, tolerance time.Duration) (stripe.Event, error) {
	panic("stub")
}

func ValidatePayload(payload []byte, header string, secret string) error { panic("stub") }

func ValidatePayloadIgnoringTolerance(payload []byte, header string, secret string) error {
	panic("stub")
}

func ValidatePayloadWithTolerance(payload []byte, header string, secret string, tolerance time.Duration) error {
	panic("stub")
}

func ConstructEventWithOptions(payload []byte, header string, secret string, options ConstructEventOptions) (stripe.Event, error) {
	panic("stub")
}

type ConstructEventOptions struct {
	Tolerance                time.Duration
	IgnoreTolerance          bool
	IgnoreAPIVersionMismatch bool
}
