package orders

import (
	"context"
	"sync"
)

// Dispatch hands paid orders to the warehouse: every call adds a pick
// list, so an order dispatched twice is packed and sent twice.
type Dispatch struct {
	mu    sync.Mutex
	picks []string
}

// ShipOrder adds a pick list for the order.
func (d *Dispatch) ShipOrder(ctx context.Context, orderID string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.picks = append(d.picks, orderID)
	return nil
}

// Events remembers the webhook events already processed.
type Events struct {
	mu   sync.Mutex
	seen map[string]bool
}

// NewEvents returns an empty event log.
func NewEvents() *Events { return &Events{seen: map[string]bool{}} }

// MarkProcessed records the event id and reports whether it was already
// recorded (a repeated delivery).
func (e *Events) MarkProcessed(eventID string) (already bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	already = e.seen[eventID]
	e.seen[eventID] = true
	return already
}
