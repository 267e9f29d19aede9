package gocardless

import "net/http"

// Event is a GoCardless event (fields as in v2.1.1, abridged).
type Event struct {
	Action       string                 `json:"action,omitempty"`
	Id           string                 `json:"id,omitempty"`
	Links        *EventLinks            `json:"links,omitempty"`
	Metadata     map[string]interface{} `json:"metadata,omitempty"`
	ResourceType string                 `json:"resource_type,omitempty"`
}

type EventLinks struct {
	Payment string `json:"payment,omitempty"`
}

type EventHandler interface {
	HandleEvent(Event) error
}

type EventHandlerFunc func(Event) error

func (h EventHandlerFunc) HandleEvent(e Event) error { return h(e) }

// WebhookHandler checks the Webhook-Signature HMAC of the body before it
// hands each event to its EventHandler.
type WebhookHandler struct {
	EventHandler
	secret string
}

func NewWebhookHandler(secret string, h EventHandler) (*WebhookHandler, error) { panic("stub") }

func (h *WebhookHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { panic("stub") }
