// Package anonpayload decodes request bodies into anonymous structs: a
// relay's payment status is a webhook by its fields, its paid test and
// its paid write; a settings form, a posted cart and a staff endpoint on
// an order route are not.
package anonpayload

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type app struct{ db *sql.DB }

// relayStatus: a relay forwards {reference, status} from the PSP.
func (a *app) relayStatus(w http.ResponseWriter, r *http.Request) {
	var msg struct {
		Reference string `json:"reference"`
		Status    string `json:"status"`
	}
	if err := json.NewDecoder(r.Body).Decode(&msg); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if msg.Status == "succeeded" {
		_, _ = a.db.ExecContext(r.Context(), `UPDATE payments SET status = 'paid' WHERE reference = $1`, msg.Reference) // want `payment webhook /psp/payment-status acts on the payment`
	}
	w.WriteHeader(http.StatusNoContent)
}

// preferences saves a settings form.
func (a *app) preferences(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Theme    string `json:"theme"`
		Language string `json:"language"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_, _ = a.db.ExecContext(r.Context(), `UPDATE users SET theme = $1, language = $2`, in.Theme, in.Language)
	w.WriteHeader(http.StatusNoContent)
}

// cart creates a pending order from the posted cart.
func (a *app) cart(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Items  []string `json:"items"`
		Amount int64    `json:"amount"`
		Status string   `json:"status"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_, _ = a.db.ExecContext(r.Context(), `INSERT INTO orders (amount, status) VALUES ($1, 'pending')`, in.Amount)
	w.WriteHeader(http.StatusCreated)
}

// orderStatus is the back office's status switch on an order route.
func (a *app) orderStatus(w http.ResponseWriter, r *http.Request) {
	var in struct {
		OrderID string `json:"order_id"`
		Status  string `json:"status"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if in.Status == "paid" {
		_, _ = a.db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, in.OrderID)
	}
	w.WriteHeader(http.StatusNoContent)
}

func routes(db *sql.DB) *http.ServeMux {
	a := &app{db: db}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /psp/payment-status", a.relayStatus)
	mux.HandleFunc("POST /me/preferences", a.preferences)
	mux.HandleFunc("POST /checkout/cart", a.cart)
	mux.HandleFunc("POST /orders/{id}/status", a.orderStatus)
	return mux
}
