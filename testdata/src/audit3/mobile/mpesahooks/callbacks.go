package mpesahooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"

	"audit3/mobile/mpesa"
)

// stkCallback is what Daraja posts to CallBackURL. It is not signed.
type stkCallback struct {
	Body struct {
		StkCallback struct {
			MerchantRequestID string
			CheckoutRequestID string
			ResultCode        int
			ResultDesc        string
			CallbackMetadata  struct {
				Item []struct {
					Name  string
					Value any
				}
			}
		} `json:"stkCallback"`
	}
}

type Wallets interface {
	Credit(ctx context.Context, userID string, amountKES int64, ref string) error
}

type Callbacks struct {
	db      *sql.DB
	daraja  *mpesa.Client
	wallets Wallets
}

func NewCallbacks(db *sql.DB, daraja *mpesa.Client, wallets Wallets) *Callbacks {
	return &Callbacks{db: db, daraja: daraja, wallets: wallets}
}

func accepted(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write([]byte(`{"ResultCode":0,"ResultDesc":"Accepted"}`))
}

// STK settles ride and food payments pushed by ridecheckout.
func (h *Callbacks) STK(w http.ResponseWriter, r *http.Request) {
	var cb stkCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	res := cb.Body.StkCallback
	if res.ResultCode != 0 {
		h.db.ExecContext(r.Context(), `UPDATE rides SET payment_status = 'failed' WHERE checkout_request_id = $1`, res.CheckoutRequestID)
		accepted(w)
		return
	}
	if _, err := h.db.ExecContext(r.Context(), `UPDATE rides SET payment_status = 'paid' WHERE checkout_request_id = $1`, res.CheckoutRequestID); err != nil { // want "\\[webhookverify\\] payment webhook /mpesa/callback/stk acts on the payment"
		log.Printf("stk callback %s: %v", res.CheckoutRequestID, err)
	}
	accepted(w)
}

// WalletTopup credits the wallet once Daraja confirms the push: the
// callback is only a hint, the query is the truth, and each checkout
// request id is credited once.
func (h *Callbacks) WalletTopup(w http.ResponseWriter, r *http.Request) {
	var cb stkCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	id := cb.Body.StkCallback.CheckoutRequestID
	q, err := h.daraja.QuerySTK(r.Context(), id)
	if err != nil {
		http.Error(w, "query failed", http.StatusBadGateway)
		return
	}
	if q.ResultCode != "0" {
		accepted(w)
		return
	}
	var userID string
	var amount int64
	err = h.db.QueryRowContext(r.Context(),
		`UPDATE topups SET status = 'paid' WHERE checkout_request_id = $1 AND status = 'pending' RETURNING user_id, amount_kes`, id).Scan(&userID, &amount)
	if err == sql.ErrNoRows {
		accepted(w) // already credited
		return
	}
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if err := h.wallets.Credit(r.Context(), userID, amount, id); err != nil {
		http.Error(w, "credit", http.StatusInternalServerError)
		return
	}
	accepted(w)
}
