package achpay

import (
	"context"
	"errors"
	"net/http"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// transient reports whether a Stripe call may succeed if sent again.
func transient(err error) bool {
	var se *stripe.Error
	if errors.As(err, &se) {
		return se.HTTPStatusCode == http.StatusTooManyRequests || se.HTTPStatusCode >= 500
	}
	return true
}

// withRetry runs fn up to attempts times, doubling the wait after each
// transient failure.
func withRetry(ctx context.Context, attempts int, fn func() error) error {
	wait := time.Second
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil || !transient(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

// ParseEvent checks the Stripe-Signature of a webhook body and returns the
// event; it fails for a missing or wrong signature.
func ParseEvent(body []byte, sigHeader, secret string) (stripe.Event, error) {
	if secret == "" {
		return stripe.Event{}, errors.New("achpay: webhook secret not configured")
	}
	return webhook.ConstructEvent(body, sigHeader, secret)
}
