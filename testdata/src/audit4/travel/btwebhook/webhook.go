// Package btwebhook handles Braintree (PayPal/card) payments for package
// holidays: webhooks and the balance charge.
package btwebhook

import (
	"database/sql"
	"net/http"

	"github.com/braintree-go/braintree-go"
)

type Handler struct {
	bt *braintree.Braintree
	db *sql.DB
}

func New(bt *braintree.Braintree, db *sql.DB) *Handler { return &Handler{bt: bt, db: db} }

// ServeHTTP is mounted at /bt/webhooks by cmd/api.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	n, err := h.bt.WebhookNotification().Parse(r.FormValue("bt_signature"), r.FormValue("bt_payload"))
	if err != nil {
		http.Error(w, "invalid signature", http.StatusForbidden)
		return
	}
	if n.Kind == "transaction_settled" {
		ref := r.FormValue("booking_ref")
		// travel_credit = travel_credit + 25 on every delivery of transaction_settled, no event-id guard (found after the blind run)
		if _, err := h.db.ExecContext(r.Context(), `UPDATE travellers SET travel_credit = travel_credit + 25 WHERE booking_ref = $1`, ref); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance"
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		_, _ = h.db.ExecContext(r.Context(), `UPDATE bookings SET status = 'paid' WHERE ref = $1`, ref)
	}
	w.WriteHeader(http.StatusOK)
}
