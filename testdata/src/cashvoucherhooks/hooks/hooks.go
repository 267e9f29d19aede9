// Package hooks receives a cash-voucher aggregator's notifications; the
// routes are mounted by package app.
package hooks

import (
	"encoding/json"
	"net/http"

	"cashvoucherhooks/store"
)

// Event is the aggregator's notification.
type Event struct {
	ID      string `json:"id"`
	Type    string `json:"type"` // voucher.paid, voucher.expired
	Region  string `json:"region"`
	Ref     string `json:"reference"`
	Wallet  string `json:"wallet"`
	Voucher string `json:"voucher_id"`
	Amount  int64  `json:"amount"`
}

// Region is an aggregator account of one country.
type Region struct {
	Currency string
}

// Vouchers handles the notifications.
type Vouchers struct {
	Store   *store.Store
	Regions map[string]*Region
	seen    map[string]bool
}

// Collected books the cash on every delivery of voucher.paid.
func (v *Vouchers) Collected(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	switch ev.Type {
	case "voucher.paid":
		if err := v.Store.SetVoucherStatus(r.Context(), ev.Ref, "paid"); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if err := v.Store.BookCash(r.Context(), ev.Ref, ev.Amount); err != nil { // want "webhook handler inserts a ledger or payment row \\(store\\.Store\\.BookCash:"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	case "voucher.expired":
		_ = v.Store.SetVoucherStatus(r.Context(), ev.Ref, "expired")
	}
	w.WriteHeader(http.StatusOK)
}

// Reload picks the region's account by a value of the event, then tops
// the wallet up: picking a client is no record of the delivery.
func (v *Vouchers) Reload(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Type != "voucher.paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	region, ok := v.Regions[ev.Region]
	if !ok || region.Currency == "" {
		http.Error(w, "unknown region", http.StatusNotFound)
		return
	}
	if err := v.Store.TopUp(r.Context(), ev.Wallet, ev.Amount); err != nil { // want "webhook handler credits the balance \\(store\\.Store\\.TopUp:"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// --- silent look-alikes ---

// CollectedOnce books the ledger line keyed by the voucher's unique id.
func (v *Vouchers) CollectedOnce(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Type == "voucher.paid" {
		_ = v.Store.SetVoucherStatus(r.Context(), ev.Ref, "paid")
		_ = v.Store.BookCashOnce(r.Context(), ev.Voucher, ev.Ref, ev.Amount)
	}
	w.WriteHeader(http.StatusOK)
}

// ReloadSeen tops up only for an event id not seen before (a map of seen
// deliveries, keyed by the event id).
func (v *Vouchers) ReloadSeen(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Type != "voucher.paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if v.seen[ev.ID] {
		w.WriteHeader(http.StatusOK)
		return
	}
	v.seen[ev.ID] = true
	_ = v.Store.TopUp(r.Context(), ev.Wallet, ev.Amount)
	w.WriteHeader(http.StatusOK)
}
