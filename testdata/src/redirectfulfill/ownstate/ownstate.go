// Package ownstate: success pages that rely on the merchant's own stored
// payment state (written by the verified webhook) are fine; helpers that
// only compare what the buyer typed are not.
package ownstate

import (
	"database/sql"
	"net/http"
)

type Order struct {
	ID     string
	Status string
	Paid   bool
}

type Store struct{ db *sql.DB }

func (s *Store) Order(id string) (*Order, error) { return &Order{ID: id}, nil }

//paylint:fulfillment
func (s *Store) ShowDownload(id string) {}

var store = &Store{}

// paidInStore looks the order up in the merchant's own store.
func paidInStore(orderID string) bool {
	o, err := store.Order(orderID)
	if err != nil {
		return false
	}
	return o.Status == "paid"
}

// fulfilIfStatus compares the status it is handed, whatever its origin.
func fulfilIfStatus(orderID, status string) {
	if status == "COMPLETED" {
		store.ShowDownload(orderID)
	}
}

func Routes() {
	http.HandleFunc("/checkout/success", successStoredStatus)
	http.HandleFunc("/checkout/thanks", thanksStoredFlag)
	http.HandleFunc("/checkout/complete-lookup", completeLookupHelper)
	http.HandleFunc("/checkout/return", returnHandsQueryToWrapper)
}

func successStoredStatus(w http.ResponseWriter, r *http.Request) {
	o, err := store.Order(r.URL.Query().Get("order_id"))
	if err != nil {
		return
	}
	if o.Status == "paid" {
		store.ShowDownload(o.ID)
	}
}

func thanksStoredFlag(w http.ResponseWriter, r *http.Request) {
	o, _ := store.Order(r.URL.Query().Get("order_id"))
	if o.Paid {
		store.ShowDownload(o.ID)
	}
}

func completeLookupHelper(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("order_id")
	if !paidInStore(id) {
		http.Error(w, "not paid yet", http.StatusConflict)
		return
	}
	store.ShowDownload(id)
}

func returnHandsQueryToWrapper(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	fulfilIfStatus(q.Get("order_id"), q.Get("status")) // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
}
