// Package callbacks receives the payout provider's callbacks.
package callbacks

import (
	"encoding/json"
	"net/http"

	"bunpayoutcredit/ledger"
)

type transferEvent struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	PayoutID string `json:"payout_id"`
	SellerID string `json:"seller_id"`
	Amount   int64  `json:"amount"`
}

// Callbacks handles the transfer provider's webhooks.
type Callbacks struct {
	Payouts *ledger.Payouts
}

// Register mounts the handlers.
func (cb *Callbacks) Register(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/payouts/returned", cb.Returned)
	mux.HandleFunc("/webhooks/payouts/bounced", cb.Bounced)
	mux.HandleFunc("/webhooks/payouts/returned-cas", cb.ReturnedOnce)
	mux.HandleFunc("/webhooks/payouts/returned-recorded", cb.ReturnedRecorded)
	mux.HandleFunc("/webhooks/payouts/counted", cb.Counted)
}

func decode(r *http.Request) (transferEvent, bool) {
	var ev transferEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return ev, false
	}
	return ev, true
}

// --- reported: the balance is credited on every delivery ---

// Returned overwrites the status, then credits: the overwrite is no guard.
func (cb *Callbacks) Returned(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := cb.Payouts.SetStatus(r.Context(), ev.PayoutID, "returned"); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if err := cb.Payouts.Restore(r.Context(), ev.SellerID, ev.Amount); err != nil { // want "webhook handler credits the balance \\(ledger\\.Payouts\\.Restore:"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Bounced credits first, then overwrites the status.
func (cb *Callbacks) Bounced(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_ = cb.Payouts.Restore(r.Context(), ev.SellerID, ev.Amount) // want "webhook handler credits the balance \\(ledger\\.Payouts\\.Restore:"
	_ = cb.Payouts.SetStatus(r.Context(), ev.PayoutID, "bounced")
	w.WriteHeader(http.StatusOK)
}

// --- silent look-alikes ---

// ReturnedOnce credits only when this delivery moved the payout from paid
// to returned (a compare-and-set with its rows affected).
func (cb *Callbacks) ReturnedOnce(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	moved, err := cb.Payouts.MoveIfStatus(r.Context(), ev.PayoutID, "paid", "returned")
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if !moved {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = cb.Payouts.Restore(r.Context(), ev.SellerID, ev.Amount)
	w.WriteHeader(http.StatusOK)
}

// ReturnedRecorded credits only for a callback id not recorded before
// (INSERT … ON CONFLICT DO NOTHING, rows affected).
func (cb *Callbacks) ReturnedRecorded(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	fresh, err := cb.Payouts.RecordCallback(r.Context(), ev.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if fresh {
		_ = cb.Payouts.Restore(r.Context(), ev.SellerID, ev.Amount)
	}
	w.WriteHeader(http.StatusOK)
}

// Counted only counts the bounce and overwrites the status: a counter of
// the row's own bookkeeping is no credit.
func (cb *Callbacks) Counted(w http.ResponseWriter, r *http.Request) {
	ev, ok := decode(r)
	if !ok {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_ = cb.Payouts.CountBounce(r.Context(), ev.SellerID)
	_ = cb.Payouts.SetStatus(r.Context(), ev.PayoutID, "returned")
	w.WriteHeader(http.StatusOK)
}
