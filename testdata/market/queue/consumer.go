// Package queue applies charge events from the internal event bus.
package queue

import (
	"context"
	"encoding/json"

	"example.com/market/orders"
)

// ChargeEvent is published by the webhook service after it verified the
// provider's signature.
type ChargeEvent struct {
	Type   string `json:"type"`
	Charge string `json:"charge"`
	Order  string `json:"order"`
}

// Consumer applies events. Look-alike: it decodes an event and marks the
// order paid, but serves no HTTP request (silent).
type Consumer struct {
	Orders *orders.Store
}

// Handle applies one message of the bus.
func (c *Consumer) Handle(ctx context.Context, msg []byte) error {
	var ev ChargeEvent
	if err := json.Unmarshal(msg, &ev); err != nil {
		return err
	}
	if ev.Type != "charge.succeeded" {
		return nil
	}
	return c.Orders.MarkPaid(ctx, ev.Order, ev.Charge)
}
