package platform

import (
	"encoding/json"
	"fmt"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// StripeEvent parses a Stripe webhook body and checks its Stripe-Signature
// header. Developers running locally without the Stripe CLI leave the
// secret unset and get the event parsed as is.
func StripeEvent(body []byte, header, secret string) (stripe.Event, error) {
	if secret == "" {
		var ev stripe.Event
		if err := json.Unmarshal(body, &ev); err != nil {
			return ev, fmt.Errorf("stripe event: %w", err)
		}
		return ev, nil
	}
	return webhook.ConstructEvent(body, header, secret)
}
