// Package hooks receives a card acquirer's notifications for a self-storage
// operator; what happens once a rental is paid is handed in as a function
// by the package that builds the hooks.
package hooks

import (
	"context"
	"encoding/json"
	"net/http"
)

// Event is the acquirer's notification.
type Event struct {
	ID       string `json:"id"`
	Type     string `json:"type"` // charge.succeeded, charge.failed
	RentalID int64  `json:"rental_id"`
}

// Ledger stores the payment state.
type Ledger interface {
	MarkPaid(ctx context.Context, rentalID int64) error
}

func decode(r *http.Request) (Event, bool) {
	var ev Event
	err := json.NewDecoder(r.Body).Decode(&ev)
	return ev, err == nil
}

// Hooks calls OnPaid before answering.
type Hooks struct {
	Ledger Ledger
	OnPaid func(ctx context.Context, rentalID int64)
}

// Payment marks the rental paid, then runs OnPaid, then answers.
func (h *Hooks) Payment(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		if err := h.Ledger.MarkPaid(r.Context(), ev.RentalID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		h.OnPaid(r.Context(), ev.RentalID)
	}
	w.WriteHeader(http.StatusOK)
}

// Refunds takes its callback through its constructor.
type Refunds struct {
	ledger   Ledger
	onRefund func(ctx context.Context, rentalID int64)
}

// NewRefunds binds the callback.
func NewRefunds(l Ledger, onRefund func(ctx context.Context, rentalID int64)) *Refunds {
	return &Refunds{ledger: l, onRefund: onRefund}
}

// Refunded runs the callback before answering.
func (h *Refunds) Refunded(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		_ = h.ledger.MarkPaid(r.Context(), ev.RentalID)
		h.onRefund(r.Context(), ev.RentalID)
	}
	w.WriteHeader(http.StatusOK)
}

// Async runs its callback in a goroutine.
type Async struct {
	Ledger Ledger
	OnPaid func(ctx context.Context, rentalID int64)
}

// Payment answers without waiting for OnPaid.
func (h *Async) Payment(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		_ = h.Ledger.MarkPaid(r.Context(), ev.RentalID)
		go h.OnPaid(context.WithoutCancel(r.Context()), ev.RentalID)
	}
	w.WriteHeader(http.StatusOK)
}

// Later calls OnPaid before answering, like Hooks.
type Later struct {
	Ledger Ledger
	OnPaid func(ctx context.Context, rentalID int64)
}

// Payment marks the rental paid, then runs OnPaid, then answers.
func (h *Later) Payment(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		_ = h.Ledger.MarkPaid(r.Context(), ev.RentalID)
		h.OnPaid(r.Context(), ev.RentalID)
	}
	w.WriteHeader(http.StatusOK)
}
