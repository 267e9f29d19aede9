// Package local: the use case's interface and implementation beside the
// handlers; the implementation stores the paid state, so calling it acts
// on the payment whatever its name.
package local

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
)

type completer interface {
	Complete(ctx context.Context, orderID string) error
}

type store struct{ db *sql.DB }

func (s *store) Complete(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1", orderID)
	return err
}

type Hooks struct {
	orders completer
}

func New(db *sql.DB) *Hooks { return &Hooks{orders: &store{db: db}} }

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/notify", h.notify)
	mux.HandleFunc("POST /api/v2/pay/result", h.result)
	mux.HandleFunc("POST /api/v2/profile/result", h.profile)
}

type notice struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
	Amount  int64  `json:"amount"`
}

// notify: a webhook by its route.
func (h *Hooks) notify(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		return
	}
	h.orders.Complete(r.Context(), n.OrderID) // want `payment webhook /webhooks/notify acts on the payment \(local.completer.Complete \(local.store.Complete\)\) without verifying`
}

// result: a webhook by its body (the raw body read into a notice, then
// the paid state stored through the interface).
func (h *Hooks) result(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var n notice
	if err := json.Unmarshal(raw, &n); err != nil {
		return
	}
	if n.Status == "SUCCESS" {
		h.orders.Complete(r.Context(), n.OrderID) // want `payment webhook /api/v2/pay/result acts on the payment`
	}
	w.Write([]byte("success"))
}

// profile: an account route is never a webhook.
func (h *Hooks) profile(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var n notice
	json.Unmarshal(raw, &n)
	h.orders.Complete(r.Context(), n.OrderID)
}
