package stripe

import (
	"encoding/json"
	"time"
)

type EventType string

const (
	EventTypeCheckoutSessionCompleted   EventType = "checkout.session.completed"
	EventTypePaymentIntentPaymentFailed EventType = "payment_intent.payment_failed"
	EventTypePaymentIntentSucceeded     EventType = "payment_intent.succeeded"
	EventTypeChargeSucceeded            EventType = "charge.succeeded"
)

type EventData struct {
	Object             map[string]interface{} `json:"-"`
	PreviousAttributes map[string]interface{} `json:"previous_attributes"`
	Raw                json.RawMessage        `json:"object"`
}

type Event struct {
	APIResource
	Account    string     `json:"account"`
	APIVersion string     `json:"api_version"`
	Created    int64      `json:"created"`
	Data       *EventData `json:"data"`
	ID         string     `json:"id"`
	Livemode   bool       `json:"livemode"`
	Object     string     `json:"object"`
	Type       EventType  `json:"type"`
}

// WebhookOption configures ConstructEvent.
type WebhookOption func(*webhookConfig)

type webhookConfig struct{}

func WithTolerance(tolerance time.Duration) WebhookOption { panic("stub") }
func WithIgnoreTolerance() WebhookOption                  { panic("stub") }
func WithIgnoreAPIVersionMismatch() WebhookOption         { panic("stub") }

func ConstructEvent(payload []byte, header string, secret string, opts ...WebhookOption) (Event, error) {
	panic("stub")
}

func ValidatePayload(payload []byte, header string, secret string, opts ...WebhookOption) error {
	panic("stub")
}
