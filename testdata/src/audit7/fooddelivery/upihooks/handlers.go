package upihooks

import (
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"
)

type Mailer interface {
	SendReceipt(to, orderID string, paise int64) error
}

type Handlers struct {
	DB        *sql.DB
	SaltKey   string
	SaltIndex int
	Mail      Mailer
	Jobs      chan<- string
}

func New(db *sql.DB, salt string, idx int, m Mailer, jobs chan<- string) (*Handlers, error) {
	if salt == "" {
		return nil, errors.New("upihooks: salt key required")
	}
	return &Handlers{DB: db, SaltKey: salt, SaltIndex: idx, Mail: m, Jobs: jobs}, nil
}

type callbackData struct {
	Code string `json:"code"`
	Data struct {
		MerchantTransactionID string `json:"merchantTransactionId"`
		TransactionID         string `json:"transactionId"`
		Amount                int64  `json:"amount"`
		State                 string `json:"state"`
	} `json:"data"`
}

func (h *Handlers) checksum(b64 string) string {
	sum := sha256.Sum256([]byte(b64 + h.SaltKey))
	return hex.EncodeToString(sum[:]) + "###" + fmt.Sprint(h.SaltIndex)
}

// decode reads {"response": base64} and reports whether X-VERIFY matches.
func (h *Handlers) decode(r *http.Request) (*callbackData, bool, error) {
	var env struct {
		Response string `json:"response"`
	}
	if err := json.NewDecoder(r.Body).Decode(&env); err != nil {
		return nil, false, err
	}
	ok := strings.EqualFold(r.Header.Get("X-VERIFY"), h.checksum(env.Response))
	raw, err := base64.StdEncoding.DecodeString(env.Response)
	if err != nil {
		return nil, false, err
	}
	var cb callbackData
	return &cb, ok, json.Unmarshal(raw, &cb)
}

// Callback: the order's payment finished. Mark paid once, mail the receipt.
func (h *Handlers) Callback(w http.ResponseWriter, r *http.Request) {
	cb, ok, err := h.decode(r)
	if err != nil || !ok {
		http.Error(w, "bad callback", http.StatusUnauthorized)
		return
	}
	if cb.Code != "PAYMENT_SUCCESS" {
		w.WriteHeader(http.StatusOK)
		return
	}
	var email, orderID string
	err = h.DB.QueryRow(`UPDATE food_orders SET payment_status = 'paid'
		WHERE gateway_txn_id = $1 AND payment_status = 'pending'
		RETURNING id, customer_email`, cb.Data.MerchantTransactionID).Scan(&orderID, &email)
	if errors.Is(err, sql.ErrNoRows) {
		w.WriteHeader(http.StatusOK) // already paid
		return
	}
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if err := h.Mail.SendReceipt(email, orderID, cb.Data.Amount); err != nil { // want "\\[webhookack\\] webhook handler sends a message \\(upihooks.Mailer.SendReceipt\\)"
		log.Printf("receipt %s: %v", orderID, err)
	}
	w.WriteHeader(http.StatusOK)
}

// RefundCallback: the refund of a cancelled order completed.
func (h *Handlers) RefundCallback(w http.ResponseWriter, r *http.Request) {
	cb, ok, err := h.decode(r)
	if err != nil || !ok {
		http.Error(w, "bad callback", http.StatusUnauthorized)
		return
	}
	if _, err := h.DB.Exec("UPDATE refunds SET state = $1 WHERE txn_id = $2", cb.Data.State, cb.Data.MerchantTransactionID); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	h.Jobs <- "refund-push:" + cb.Data.MerchantTransactionID
	w.WriteHeader(http.StatusOK)
}

// TipCallback: a post-delivery tip was paid; the rider gets it.
func (h *Handlers) TipCallback(w http.ResponseWriter, r *http.Request) {
	cb, ok, err := h.decode(r)
	if err != nil {
		http.Error(w, "bad callback", http.StatusBadRequest)
		return
	}
	if !ok {
		log.Printf("tip callback %s: checksum mismatch", cb.Data.MerchantTransactionID)
	}
	if cb.Code == "PAYMENT_SUCCESS" {
		h.DB.Exec("UPDATE rider_wallets SET balance = balance + $1 WHERE rider_id = (SELECT rider_id FROM tips WHERE txn_id = $2)", // want "\\[webhookdedupe\\] webhook handler credits the balance" "\\[webhookverify\\] payment webhook /hooks/upi/tip acts on the payment"
			cb.Data.Amount, cb.Data.MerchantTransactionID)
	}
	w.WriteHeader(http.StatusOK)
}
