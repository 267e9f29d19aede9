package gchooks

import (
	"context"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// EventLog remembers processed event ids.
type EventLog interface {
	// Claim records the id; false when it was already there.
	Claim(ctx context.Context, eventID string) (bool, error)
}

// NewVerified is the handler the v2 endpoint uses: the SDK checks the
// Webhook-Signature header before any event reaches us, and each event id is
// claimed once.
func NewVerified(secret string, policies PolicyEvents, log EventLog) (http.Handler, error) {
	h := &Handler{Policies: policies}
	return gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(func(ev gocardless.Event) error {
		ctx := context.Background()
		fresh, err := log.Claim(ctx, ev.Id)
		if err != nil {
			return err
		}
		if !fresh {
			return nil
		}
		return h.apply(ctx, ev)
	}))
}
