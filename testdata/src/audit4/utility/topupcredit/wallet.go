// Package topupcredit credits customers' prepaid wallets when the card
// gateway reports a wallet load.
package topupcredit

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/braintree-go/braintree-go"
)

// Load is the gateway's wallet-load event as we forward it internally.
type Load struct {
	EventID  string `json:"event_id"`
	WalletID string `json:"wallet_id"`
	Amount   int64  `json:"amount"`
	Status   string `json:"status"`
}

// Service credits wallets.
type Service struct {
	db *sql.DB
	bt *braintree.Braintree
}

// NewService wires the service.
func NewService(db *sql.DB, bt *braintree.Braintree) *Service { return &Service{db: db, bt: bt} }

// HandleLoad verifies the notification, then credits the wallet on every
// delivery: a redelivered event doubles the balance credit.
func (s *Service) HandleLoad(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if _, err := s.bt.WebhookNotification().Parse(r.Header.Get("Bt-Signature"), string(body)); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Load
	if err := json.Unmarshal(body, &ev); err != nil || ev.Status != "settled" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), // want "\\[webhookdedupe\\] .*credits the balance"
		`UPDATE wallets SET balance = balance + $1 WHERE id = $2`, ev.Amount, ev.WalletID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// HandleLoadOnce records the event id first and credits only on the
// first delivery.
func (s *Service) HandleLoadOnce(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if _, err := s.bt.WebhookNotification().Parse(r.Header.Get("Bt-Signature"), string(body)); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Load
	if err := json.Unmarshal(body, &ev); err != nil || ev.Status != "settled" {
		w.WriteHeader(http.StatusOK)
		return
	}
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(r.Context(),
		`INSERT INTO processed_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, ev.EventID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := tx.ExecContext(r.Context(),
		`UPDATE wallets SET balance = balance + $1 WHERE id = $2`, ev.Amount, ev.WalletID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	_ = tx.Commit()
	w.WriteHeader(http.StatusOK)
}
