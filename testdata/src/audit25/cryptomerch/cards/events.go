package cards

import (
	"encoding/json"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// ParseEvent checks the Stripe-Signature header and decodes the event.
func ParseEvent(body []byte, sigHeader, secret string) (stripe.Event, error) {
	return webhook.ConstructEvent(body, sigHeader, secret)
}

// Object is the part of an event's object the shop reads.
type Object struct {
	ID            string            `json:"id"`
	PaymentIntent string            `json:"payment_intent"`
	PaymentStatus string            `json:"payment_status"`
	AmountTotal   int64             `json:"amount_total"`
	Metadata      map[string]string `json:"metadata"`
	ClientRef     string            `json:"client_reference_id"`
}

// ObjectOf decodes an event's object.
func ObjectOf(ev stripe.Event) (Object, error) {
	var o Object
	if ev.Data == nil {
		return o, nil
	}
	err := json.Unmarshal(ev.Data.Raw, &o)
	return o, err
}
