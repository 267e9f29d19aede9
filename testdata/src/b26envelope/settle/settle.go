// Package settle receives a bank's payment event notifications: each
// carries the payment's fields in an envelope (Data.Payment.State), as
// Open Banking's events do. Neither the package, the types nor the path
// main mounts them on names a webhook or a payment: what they do does.
package settle

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

type settleEvent struct {
	Data struct {
		Payment struct {
			ID     string `json:"id"`
			State  string `json:"state"`
			Amount int64  `json:"amount"`
		} `json:"payment"`
	} `json:"data"`
}

// Inbound trusts whatever is posted: it marks the order settled and books
// the money on every delivery.
type Inbound struct {
	DB *sql.DB
}

func (in *Inbound) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var n settleEvent
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if n.Data.Payment.State != "AcceptedCreditSettlementCompleted" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := in.DB.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE bank_payment_id = $1`, n.Data.Payment.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Signed is the same receiver checking the bank's HMAC of the body first.
type Signed struct {
	DB     *sql.DB
	Secret []byte
}

func (s *Signed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, s.Secret)
	mac.Write(raw)
	got, err := hex.DecodeString(r.Header.Get("X-Signature"))
	if err != nil || !hmac.Equal(mac.Sum(nil), got) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var n settleEvent
	if err := json.Unmarshal(raw, &n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if n.Data.Payment.State != "AcceptedCreditSettlementCompleted" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := s.DB.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE bank_payment_id = $1`, n.Data.Payment.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
