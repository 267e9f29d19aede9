// Package consumer applies payment events from an internal queue; it
// serves no HTTP request, so it is no webhook. Silent.
package consumer

import (
	"context"
	"encoding/json"

	"webhookverify/crosspkg/store"
)

// Event is the queue's payment event.
type Event struct {
	Type   string `json:"type"`
	Charge string `json:"charge"`
	Order  string `json:"order"`
}

// Consumer reads the queue.
type Consumer struct{ Orders *store.Store }

// Handle applies one message.
func (c *Consumer) Handle(ctx context.Context, msg []byte) error {
	var ev Event
	if err := json.Unmarshal(msg, &ev); err != nil {
		return err
	}
	if ev.Type == "charge.succeeded" {
		return c.Orders.MarkPaid(ctx, ev.Order, ev.Charge)
	}
	return nil
}
