// Package hooks answers the provider's payment callbacks.
package hooks

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"webhookack/tokenread/psp"
)

type Hooks struct {
	db  *sql.DB
	psp *psp.Client
}

type callback struct {
	CheckoutRequestID string
	ResultCode        int
	Amount            int
	Phone             string
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/payments/callback", h.confirm)
	mux.HandleFunc("/payments/callback/retry", h.pushAgain)
}

// One status read to confirm the callback (its access-token request is
// part of that read), then the answer: allowed.
func (h *Hooks) confirm(w http.ResponseWriter, r *http.Request) {
	var cb callback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	res, err := h.psp.Query(r.Context(), cb.CheckoutRequestID)
	if err != nil || res.ResultCode != "0" {
		w.WriteHeader(http.StatusOK)
		return
	}
	h.db.ExecContext(r.Context(), "UPDATE payments SET status = 'paid' WHERE checkout_id = $1", cb.CheckoutRequestID)
	w.WriteHeader(http.StatusOK)
}

// A new push from inside the callback, before answering: a payment write
// to the provider, slow (reported).
func (h *Hooks) pushAgain(w http.ResponseWriter, r *http.Request) {
	var cb callback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), "UPDATE payments SET status = 'paid' WHERE checkout_id = $1", cb.CheckoutRequestID)
	h.psp.Push(r.Context(), cb.Phone, cb.Amount, cb.CheckoutRequestID) // want `webhook handler calls psp.Client.Push`
	w.WriteHeader(http.StatusOK)
}
