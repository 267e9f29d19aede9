// Package cafehooks takes a coffee chain's Stripe events over chi.
package cafehooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jmoiron/sqlx"
	"github.com/stripe/stripe-go/v82/webhook"

	"q19caserr/loyalty"
)

// Hooks are the listeners.
type Hooks struct {
	secret string
	store  *loyalty.Store
	db     *sqlx.DB
}

type order struct {
	EventID  string `json:"-"`
	OrderID  string `json:"order_id"`
	Customer string `json:"customer"`
	Points   int    `json:"points"`
}

// Routes mounts the listeners.
func (h *Hooks) Routes(r chi.Router) {
	r.Post("/webhooks/stripe/settle", h.Settle)
	r.Post("/webhooks/stripe/settle-inline", h.SettleInline)
	r.Post("/webhooks/stripe/settle-first", h.SettleFirst)
	r.Post("/webhooks/stripe/remembered", h.Remembered)
	r.Post("/webhooks/stripe/unique", h.Unique)
	r.Post("/webhooks/stripe/settle-rows", h.SettleRows)
}

func (h *Hooks) order(w http.ResponseWriter, r *http.Request) (order, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return order{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return order{}, false
	}
	var o order
	if err := json.Unmarshal(evt.Data.Raw, &o); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return order{}, false
	}
	o.EventID = evt.ID
	return o, true
}

// --- reported: only the compare-and-set's error is tested ---

// Settle settles the order, tests only the error, and adds the points on
// every delivery: a repeat answers (false, nil).
func (h *Hooks) Settle(w http.ResponseWriter, r *http.Request) {
	o, ok := h.order(w, r)
	if !ok {
		return
	}
	first, err := h.store.SettleOrder(r.Context(), o.OrderID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = h.store.AddPoints(r.Context(), o.Customer, o.Points) // want "webhook handler credits the balance \\(loyalty.Store.AddPoints: paid state stored by sql.DB.ExecContext\\)"
	if first {
		w.Header().Set("X-First", "1")
	}
	w.WriteHeader(http.StatusOK)
}

// SettleInline runs the compare-and-set itself and tests only its error.
func (h *Hooks) SettleInline(w http.ResponseWriter, r *http.Request) {
	o, ok := h.order(w, r)
	if !ok {
		return
	}
	if _, err := h.db.ExecContext(r.Context(), `UPDATE cafe_orders SET status = 'paid' WHERE id = $1 AND status = 'pending'`, o.OrderID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = h.store.AddPoints(r.Context(), o.Customer, o.Points) // want "webhook handler credits the balance \\(loyalty.Store.AddPoints: paid state stored by sql.DB.ExecContext\\)"
	w.WriteHeader(http.StatusOK)
}

// --- silent: the answer itself is tested ---

// SettleFirst leaves when the order was not pending.
func (h *Hooks) SettleFirst(w http.ResponseWriter, r *http.Request) {
	o, ok := h.order(w, r)
	if !ok {
		return
	}
	first, err := h.store.SettleOrder(r.Context(), o.OrderID)
	if err != nil || !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.store.AddPoints(r.Context(), o.Customer, o.Points)
	w.WriteHeader(http.StatusOK)
}

// Remembered leaves on the helper's own error, ErrSeen on a repeat.
func (h *Hooks) Remembered(w http.ResponseWriter, r *http.Request) {
	o, ok := h.order(w, r)
	if !ok {
		return
	}
	if err := h.store.Remember(r.Context(), o.EventID); err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.store.AddPoints(r.Context(), o.Customer, o.Points)
	w.WriteHeader(http.StatusOK)
}

// Unique inserts the event id under a unique key: a repeat fails the
// insert, and the error leaves.
func (h *Hooks) Unique(w http.ResponseWriter, r *http.Request) {
	o, ok := h.order(w, r)
	if !ok {
		return
	}
	if _, err := h.db.ExecContext(r.Context(), `INSERT INTO cafe_events (id) VALUES ($1)`, o.EventID); err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.store.AddPoints(r.Context(), o.Customer, o.Points)
	w.WriteHeader(http.StatusOK)
}

// SettleRows tests the rows the compare-and-set changed.
func (h *Hooks) SettleRows(w http.ResponseWriter, r *http.Request) {
	o, ok := h.order(w, r)
	if !ok {
		return
	}
	res, err := h.db.ExecContext(r.Context(), `UPDATE cafe_orders SET status = 'paid' WHERE id = $1 AND status = 'pending'`, o.OrderID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.store.AddPoints(r.Context(), o.Customer, o.Points)
	w.WriteHeader(http.StatusOK)
}
