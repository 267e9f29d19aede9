package mpesahooks

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// c2bConfirmation is Daraja's C2B confirmation (paybill payments made from
// the customer's phone menu). It is not signed either.
type c2bConfirmation struct {
	TransID       string
	TransAmount   string
	BillRefNumber string // the rider's wallet number
	MSISDN        string
}

// C2BConfirm is mounted by the gateway service on /mpesa/c2b/confirmation.
func (h *Callbacks) C2BConfirm(w http.ResponseWriter, r *http.Request) {
	var p c2bConfirmation
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	amount, _ := strconv.ParseFloat(p.TransAmount, 64)
	res, err := h.db.ExecContext(r.Context(),
		`INSERT INTO c2b_receipts (trans_id, msisdn, amount) VALUES ($1, $2, $3) ON CONFLICT (trans_id) DO NOTHING`,
		p.TransID, p.MSISDN, amount)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		accepted(w) // Daraja sent this receipt before
		return
	}
	if _, err := h.db.ExecContext(r.Context(),
		`UPDATE wallets SET balance = balance + $1 WHERE wallet_no = $2`, int64(amount), p.BillRefNumber); err != nil { // audit: missed webhookverify: the unsigned C2B confirmation credits the wallet without confirming the TransID with Daraja (mounted from another package)
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	accepted(w)
}
