// Package bankfeed books a bank's settled payments into the ledger from
// its event notifications, the payment's fields inside an envelope.
package bankfeed

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type feedEvent struct {
	EventID string `json:"event_id"`
	Data    struct {
		Payment struct {
			ID     string `json:"id"`
			State  string `json:"state"`
			Amount int64  `json:"amount"`
		} `json:"payment"`
	} `json:"data"`
}

// Booker inserts a ledger row on every delivery of a settled event.
type Booker struct{ DB *sql.DB }

func (b Booker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var ev feedEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Data.Payment.State == "AcceptedSettlementCompleted" {
		if _, err := b.DB.ExecContext(r.Context(), `INSERT INTO ledger (payment_id, amount) VALUES ($1, $2)`, ev.Data.Payment.ID, ev.Data.Payment.Amount); err != nil { // want "webhook handler inserts a ledger or payment row .* on every delivery"
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// KeyedBooker inserts the row keyed by the event id, once.
type KeyedBooker struct{ DB *sql.DB }

func (b KeyedBooker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var ev feedEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Data.Payment.State == "AcceptedSettlementCompleted" {
		if _, err := b.DB.ExecContext(r.Context(), `INSERT INTO ledger (event_id, payment_id, amount) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING`, ev.EventID, ev.Data.Payment.ID, ev.Data.Payment.Amount); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
