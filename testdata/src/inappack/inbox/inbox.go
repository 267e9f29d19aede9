// Package inbox is a tea shop's in-app inbox: notices are rows the
// customer's app lists, and a ping to the customer's open streams.
package inbox

import (
	"context"
	"database/sql"
	"sync"
)

// Hub fans a ping out to the customer's open streams, in process.
type Hub struct {
	mu      sync.Mutex
	streams map[int64][]chan struct{}
}

var hub = &Hub{streams: map[int64][]chan struct{}{}}

// Ping wakes every open stream of the customer; a full stream is skipped.
func Ping(customer int64) { hub.ping(customer) }

func (h *Hub) ping(customer int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, ch := range h.streams[customer] {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Save stores a notice row for the customer's inbox.
func Save(ctx context.Context, db *sql.DB, customer int64, text string) error {
	_, err := db.ExecContext(ctx, "INSERT INTO inbox_notices (customer_id, body) VALUES ($1, $2)", customer, text)
	return err
}
