// Package market takes stock away when a marketplace (not a payment
// provider) reports an order: a hook known only by its route and body,
// whose port decrements stock. A decrement alone does not make it a
// payment provider's webhook.
package market

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

// Shelf takes items off a shelf.
type Shelf interface {
	Take(ctx context.Context, sku string, n int) error
}

// SQLShelf is the shelves table.
type SQLShelf struct{ db *sql.DB }

// Take lowers the shelf's count in the statement.
func (s *SQLShelf) Take(ctx context.Context, sku string, n int) error {
	_, err := s.db.ExecContext(ctx, `UPDATE shelves SET stock = stock - $1 WHERE sku = $2`, n, sku)
	return err
}

// Hook receives the marketplace's order notices.
type Hook struct{ shelf Shelf }

// New wires the hook to the SQL shelf.
func New(db *sql.DB) *Hook { return &Hook{shelf: &SQLShelf{db: db}} }

// Routes mounts the hook.
func (h *Hook) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/marketplace/orders", h.OrderWebhook)
}

type notice struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

// OrderWebhook takes the ordered items off the shelf.
func (h *Hook) OrderWebhook(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = h.shelf.Take(r.Context(), n.SKU, n.Qty)
	w.WriteHeader(http.StatusOK)
}
