// Package payoutevt receives a payout provider's state events; the
// recipient is told through Notifier, bound by package server. Nothing
// here says webhook: the route server mounts it on does.
package payoutevt

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

// Payout is the stored payout an event names.
type Payout struct {
	ID    string
	Phone string
}

// Notifier tells the recipient the money arrived.
type Notifier interface {
	PayoutArrived(ctx context.Context, p *Payout) error
}

type stateEvent struct {
	ID   string `json:"id"`
	Data struct {
		PayoutRef string `json:"payout_ref"`
		State     string `json:"state"`
	} `json:"data"`
}

func lookup(ctx context.Context, db *sql.DB, ref string) (*Payout, error) {
	p := &Payout{}
	err := db.QueryRowContext(ctx, "SELECT id, phone FROM payouts WHERE provider_ref = $1", ref).Scan(&p.ID, &p.Phone)
	return p, err
}

// Events marks the payout paid (idempotent) and texts the recipient on
// every delivery.
type Events struct {
	db     *sql.DB
	notify Notifier
}

func NewEvents(db *sql.DB, n Notifier) *Events { return &Events{db: db, notify: n} }

func (h *Events) State(w http.ResponseWriter, r *http.Request) {
	var ev stateEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	p, err := lookup(ctx, h.db, ev.Data.PayoutRef)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Data.State == "paid" {
		if _, err := h.db.ExecContext(ctx, "UPDATE payouts SET status = 'paid' WHERE id = $1", p.ID); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		_ = h.notify.PayoutArrived(ctx, p)
	}
	w.WriteHeader(http.StatusOK)
}

// ClaimedEvents claims the event id first: a redelivery stops there.
type ClaimedEvents struct {
	db     *sql.DB
	notify Notifier
}

func NewClaimedEvents(db *sql.DB, n Notifier) *ClaimedEvents {
	return &ClaimedEvents{db: db, notify: n}
}

func (h *ClaimedEvents) State(w http.ResponseWriter, r *http.Request) {
	var ev stateEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	res, err := h.db.ExecContext(ctx, "INSERT INTO payout_events (id) VALUES ($1) ON CONFLICT DO NOTHING", ev.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	p, err := lookup(ctx, h.db, ev.Data.PayoutRef)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Data.State == "paid" {
		if _, err := h.db.ExecContext(ctx, "UPDATE payouts SET status = 'paid' WHERE id = $1", p.ID); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		_ = h.notify.PayoutArrived(ctx, p)
	}
	w.WriteHeader(http.StatusOK)
}

// TransitionEvents texts only when its update moved the payout to paid.
type TransitionEvents struct {
	db     *sql.DB
	notify Notifier
}

func NewTransitionEvents(db *sql.DB, n Notifier) *TransitionEvents {
	return &TransitionEvents{db: db, notify: n}
}

func (h *TransitionEvents) State(w http.ResponseWriter, r *http.Request) {
	var ev stateEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	p, err := lookup(ctx, h.db, ev.Data.PayoutRef)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Data.State == "paid" {
		res, err := h.db.ExecContext(ctx, "UPDATE payouts SET status = 'paid' WHERE id = $1 AND status <> 'paid'", p.ID)
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if n, _ := res.RowsAffected(); n == 1 {
			_ = h.notify.PayoutArrived(ctx, p)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// StampEvents records when the recipient was last paid: a cheap update
// bound by server.
type StampEvents struct {
	db     *sql.DB
	notify Notifier
}

func NewStampEvents(db *sql.DB, n Notifier) *StampEvents { return &StampEvents{db: db, notify: n} }

func (h *StampEvents) State(w http.ResponseWriter, r *http.Request) {
	var ev stateEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	p, err := lookup(ctx, h.db, ev.Data.PayoutRef)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Data.State == "paid" {
		if _, err := h.db.ExecContext(ctx, "UPDATE payouts SET status = 'paid' WHERE id = $1", p.ID); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		_ = h.notify.PayoutArrived(ctx, p)
	}
	w.WriteHeader(http.StatusOK)
}
