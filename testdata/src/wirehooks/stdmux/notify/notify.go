// Package notify receives Paddle Billing notifications. The use cases
// behind its interfaces live in package billing, which does not import
// this one; package app binds them and mounts the routes.
package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Settler settles a completed transaction.
type Settler interface {
	SettleTransaction(ctx context.Context, txnID, customerID string) error
}

type paddleEvent struct {
	EventID   string `json:"event_id"`
	EventType string `json:"event_type"`
	Data      struct {
		ID         string `json:"id"`
		CustomerID string `json:"customer_id"`
	} `json:"data"`
}

// Paddle takes transaction.completed with no signature check: it is a
// payment webhook once its Settler is seen to settle (in package app).
type Paddle struct {
	Txns Settler
}

func (p *Paddle) TransactionCompleted(w http.ResponseWriter, r *http.Request) {
	var ev paddleEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.EventType != "transaction.completed" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if err := p.Txns.SettleTransaction(r.Context(), ev.Data.ID, ev.Data.CustomerID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Signed checks the Paddle-Signature HMAC first: silent wherever mounted.
type Signed struct {
	Txns   Settler
	Secret []byte
}

func (s *Signed) TransactionCompleted(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, s.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("Paddle-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev paddleEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.EventType == "transaction.completed" {
		_ = s.Txns.SettleTransaction(r.Context(), ev.Data.ID, ev.Data.CustomerID)
	}
	w.WriteHeader(http.StatusOK)
}

// Mirror has the same shape; app binds it to a use case that only logs.
type Mirror struct {
	Txns Settler
}

func (m *Mirror) TransactionCompleted(w http.ResponseWriter, r *http.Request) {
	var ev paddleEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.EventType == "transaction.completed" {
		_ = m.Txns.SettleTransaction(r.Context(), ev.Data.ID, ev.Data.CustomerID)
	}
	w.WriteHeader(http.StatusOK)
}

// Replay is bound twice in app: once to the settling store, once to the
// dry run; the bindings disagree, so it stays silent.
type Replay struct {
	Txns Settler
}

func (p *Replay) TransactionCompleted(w http.ResponseWriter, r *http.Request) {
	var ev paddleEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.EventType == "transaction.completed" {
		_ = p.Txns.SettleTransaction(r.Context(), ev.Data.ID, ev.Data.CustomerID)
	}
	w.WriteHeader(http.StatusOK)
}
