// Package hooks receives Midtrans's notifications on net/http; chi
// routes them in the command.
package hooks

import (
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"m19mongo/orders"
)

// Notifications holds the order service.
type Notifications struct {
	Orders *orders.Service
}

// Notification trusts the posted transaction status.
func (n *Notifications) Notification(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	id := fmt.Sprint(body["order_id"])
	if err := n.Orders.Apply(r.Context(), id, fmt.Sprint(body["transaction_status"])); err != nil { // want `payment webhook Notifications.Notification acts on the payment \(orders.Service.Apply \(paid state stored by orders.Repo.SetState\)\) without verifying the provider's signature`
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// NotificationSigned checks signature_key before applying the status.
func (n *Notifications) NotificationSigned(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	id := fmt.Sprint(body["order_id"])
	sum := sha512.Sum512([]byte(id + fmt.Sprint(body["status_code"]) + fmt.Sprint(body["gross_amount"]) + os.Getenv("MIDTRANS_SERVER_KEY")))
	if hex.EncodeToString(sum[:]) != fmt.Sprint(body["signature_key"]) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if err := n.Orders.Apply(r.Context(), id, fmt.Sprint(body["transaction_status"])); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// NotificationLog only records what was posted in the notification log.
func (n *Notifications) NotificationLog(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := n.Orders.Note(r.Context(), fmt.Sprint(body["order_id"]), fmt.Sprint(body["transaction_status"])); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
