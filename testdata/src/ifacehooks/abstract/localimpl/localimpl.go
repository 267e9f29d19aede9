// Package localimpl: the store's implementation is visible here and keeps
// the state in memory for the dashboard; the implementation decides, not
// the verb and the value handed. A test double does not count as an
// implementation.
package localimpl

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
)

type StripeEvent struct {
	Type string `json:"type"`
	Data struct {
		Object struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"object"`
	} `json:"data"`
}

// Board shows the latest payment states on the ops dashboard.
type Board interface {
	UpdateStatus(ctx context.Context, id, status string) error
}

type memBoard struct {
	mu sync.Mutex
	m  map[string]string
}

func (b *memBoard) UpdateStatus(ctx context.Context, id, status string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.m[id] = status
	return nil
}

// Orders is implemented in another package; only a fake is here.
type Orders interface {
	SetOrderStatus(ctx context.Context, id, status string) error
}

type fakeOrders struct{ calls int }

func (f *fakeOrders) SetOrderStatus(ctx context.Context, id, status string) error {
	f.calls++
	return nil
}

type Hooks struct {
	board  Board
	orders Orders
}

func New(o Orders) *Hooks { return &Hooks{board: &memBoard{m: map[string]string{}}, orders: o} }

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe/board", h.Board)
	mux.HandleFunc("POST /webhooks/stripe/orders", h.Orders)
}

// Board: the visible implementation only keeps the state in memory.
func (h *Hooks) Board(w http.ResponseWriter, r *http.Request) {
	var evt StripeEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		return
	}
	_ = h.board.UpdateStatus(r.Context(), evt.Data.Object.ID, "succeeded")
}

// Orders: the fake is no implementation; the store is judged at the call.
func (h *Hooks) Orders(w http.ResponseWriter, r *http.Request) {
	var evt StripeEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		return
	}
	_ = h.orders.SetOrderStatus(r.Context(), evt.Data.Object.ID, "succeeded") // want `acts on the payment \(paid state "succeeded" stored by localimpl.Orders.SetOrderStatus\) without verifying`
}
