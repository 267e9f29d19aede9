package paystackhooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha512"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
)

type Event struct {
	Event string `json:"event"` // charge.success, transfer.success, transfer.failed
	Data  struct {
		ID        int64  `json:"id"`
		Reference string `json:"reference"`
		Status    string `json:"status"`
		Amount    int64  `json:"amount"`
		Metadata  struct {
			UserID   string `json:"user_id"`
			DriverID string `json:"driver_id"`
		} `json:"metadata"`
	} `json:"data"`
}

type Pusher interface {
	Notify(ctx context.Context, userID, title, body string) error // FCM over HTTP
}

type Handler struct {
	secret []byte
	db     *sql.DB
	rdb    *redis.Client
	push   Pusher
}

func NewHandler(secret string, db *sql.DB, rdb *redis.Client, push Pusher) *Handler {
	return &Handler{secret: []byte(secret), db: db, rdb: rdb, push: push}
}

func (h *Handler) signed(body []byte, sig string) bool {
	mac := hmac.New(sha512.New, h.secret)
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

// Charge marks a ride paid. Verified, and deduplicated on the reference.
func (h *Handler) Charge(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !h.signed(body, r.Header.Get("x-paystack-signature")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if ev.Event != "charge.success" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	first, err := h.rdb.SetNX(ctx, "paystack:charge:"+ev.Data.Reference, 1, 72*time.Hour).Result()
	if err != nil {
		http.Error(w, "try later", http.StatusServiceUnavailable)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.db.ExecContext(ctx, `UPDATE rides SET payment_status = 'paid', paid_at = now() WHERE payment_ref = $1`, ev.Data.Reference); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if _, err := h.db.ExecContext(ctx, `UPDATE driver_wallets SET balance = balance + $1 WHERE driver_id = $2`, ev.Data.Amount*80/100, ev.Data.Metadata.DriverID); err != nil {
		log.Printf("driver share %s: %v", ev.Data.Reference, err)
	}
	w.WriteHeader(http.StatusOK)
	if err := h.push.Notify(ctx, ev.Data.Metadata.UserID, "Payment received", "Thanks for riding with us"); err != nil { // want "\\[webhookack\\] webhook handler writes its status but calls paystackhooks.Pusher.Notify"
		log.Printf("push: %v", err)
	}
}

// Topup credits the rider's wallet after a card top-up.
func (h *Handler) Topup(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !h.signed(body, r.Header.Get("x-paystack-signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil || ev.Event != "charge.success" {
		w.WriteHeader(http.StatusOK)
		return
	}
	_, err := h.db.ExecContext(r.Context(), `UPDATE wallets SET balance = balance + $1 WHERE user_id = $2`, ev.Data.Amount, ev.Data.Metadata.UserID) // want "\\[webhookdedupe\\] webhook handler credits the balance"
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Transfer records the outcome of a driver cash-out.
func (h *Handler) Transfer(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !h.signed(body, r.Header.Get("x-paystack-signature")) {
		log.Printf("paystack transfer hook: signature mismatch from %s", r.RemoteAddr)
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	status := "failed"
	if ev.Event == "transfer.success" {
		status = "paid"
	}
	h.db.ExecContext(r.Context(), `UPDATE cashouts SET status = $1 WHERE id = $2 AND status = 'requested'`, status, ev.Data.Reference) // want "\\[webhookverify\\] payment webhook /webhooks/paystack/transfer verifies the signature but carries on when it fails"
	w.WriteHeader(http.StatusOK)
}
