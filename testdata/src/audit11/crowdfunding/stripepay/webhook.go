package stripepay

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

const maxWebhookBody = 64 << 10

// ParseWebhook reads the request body and returns the event once its
// Stripe-Signature header has been checked against secret.
func ParseWebhook(r *http.Request, secret string) (stripe.Event, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxWebhookBody))
	if err != nil {
		return stripe.Event{}, fmt.Errorf("read body: %w", err)
	}
	return webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
}

// IntentOf decodes the PaymentIntent an event carries.
func IntentOf(ev stripe.Event) (*stripe.PaymentIntent, error) {
	var pi stripe.PaymentIntent
	if ev.Data == nil {
		return nil, fmt.Errorf("event %s has no data", ev.ID)
	}
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		return nil, err
	}
	return &pi, nil
}
