// Package notify handles Midtrans payment notifications for an event
// ticketing service: only the order id is taken from the body, the
// transaction is read back with CheckTransaction.
package notify

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/midtrans/midtrans-go/coreapi"
)

// Notification is the part of Midtrans's notification body read here.
type Notification struct {
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
	FraudStatus       string `json:"fraud_status"`
}

// Handlers serves the notification URL.
type Handlers struct {
	Core coreapi.Client
	DB   *sql.DB
}

// Routes mounts the notification endpoints.
func (h *Handlers) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /midtrans/notification", h.readBack)
	mux.HandleFunc("POST /midtrans/notification/capture-only", h.captureOnly)
	mux.HandleFunc("POST /midtrans/notification/accept-only", h.acceptOnly)
	mux.HandleFunc("POST /midtrans/notification/posted", h.posted)
}

func (h *Handlers) markPaid(orderID string) error {
	_, err := h.DB.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, orderID)
	return err
}

func orderOf(r *http.Request) (Notification, bool) {
	var n Notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil || n.OrderID == "" {
		return n, false
	}
	return n, true
}

// readBack acts on the status read back: a card capture with the fraud
// verdict accept, or a settlement.
func (h *Handlers) readBack(w http.ResponseWriter, r *http.Request) {
	n, ok := orderOf(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	st, merr := h.Core.CheckTransaction(n.OrderID)
	if merr != nil {
		http.Error(w, "status", http.StatusBadGateway)
		return
	}
	switch st.TransactionStatus {
	case "capture":
		if st.FraudStatus == "challenge" {
			w.WriteHeader(http.StatusOK) // wait for the review
			return
		} else if st.FraudStatus == "accept" {
			if err := h.markPaid(n.OrderID); err != nil { // silent: capture with fraud accept, read back
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
		}
	case "settlement":
		if err := h.markPaid(n.OrderID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// captureOnly marks a capture paid whatever the fraud verdict: a
// capture held for review (challenge) is no payment yet.
func (h *Handlers) captureOnly(w http.ResponseWriter, r *http.Request) {
	n, ok := orderOf(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	st, merr := h.Core.CheckTransaction(n.OrderID)
	if merr != nil {
		http.Error(w, "status", http.StatusBadGateway)
		return
	}
	if st.TransactionStatus == "capture" {
		if err := h.markPaid(n.OrderID); err != nil { // want "payment webhook /midtrans/notification/capture-only acts on the payment"
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// acceptOnly marks paid on the fraud verdict alone: an authorised
// pre-auth is accepted too, and no money moved.
func (h *Handlers) acceptOnly(w http.ResponseWriter, r *http.Request) {
	n, ok := orderOf(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	st, merr := h.Core.CheckTransaction(n.OrderID)
	if merr != nil {
		http.Error(w, "status", http.StatusBadGateway)
		return
	}
	if st.FraudStatus == "accept" {
		if err := h.markPaid(n.OrderID); err != nil { // want "payment webhook /midtrans/notification/accept-only acts on the payment"
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// posted trusts the capture and the verdict the body claims, with no
// signature_key check and nothing read back.
func (h *Handlers) posted(w http.ResponseWriter, r *http.Request) {
	n, ok := orderOf(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if n.TransactionStatus == "capture" {
		if n.FraudStatus == "accept" {
			if err := h.markPaid(n.OrderID); err != nil { // want "payment webhook /midtrans/notification/posted acts on the payment"
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
