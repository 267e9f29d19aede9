// Package local: the use case, its implementations and the webhook in one
// package; a mock does not count as an implementation, and two
// implementations that disagree keep the call silent.
package local

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

type completer interface {
	Complete(ctx context.Context, userID string, amount int64) error
}

// wallet credits the balance on every call.
type wallet struct{ db *sql.DB }

func (w *wallet) Complete(ctx context.Context, userID string, amount int64) error {
	_, err := w.db.ExecContext(ctx, "UPDATE wallets SET balance = balance + $1 WHERE user_id = $2", amount, userID)
	return err
}

// mockCompleter is a test double.
type mockCompleter struct{ calls int }

func (m *mockCompleter) Complete(ctx context.Context, userID string, amount int64) error {
	m.calls++
	return nil
}

type processor interface {
	Process(ctx context.Context, userID string, amount int64) error
}

// creditProcessor credits; logProcessor does nothing that repeats.
type creditProcessor struct{ db *sql.DB }

func (p creditProcessor) Process(ctx context.Context, userID string, amount int64) error {
	_, err := p.db.ExecContext(ctx, "UPDATE wallets SET balance = balance + $1 WHERE user_id = $2", amount, userID)
	return err
}

type logProcessor struct{}

func (logProcessor) Process(ctx context.Context, userID string, amount int64) error { return nil }

type topup struct {
	UserID string `json:"user_id"`
	Amount int64  `json:"amount"`
}

type Hooks struct {
	done completer
	proc processor
}

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/topup", h.topup)
	mux.HandleFunc("POST /webhooks/process", h.process)
}

func (h *Hooks) topup(w http.ResponseWriter, r *http.Request) {
	var t topup
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		return
	}
	h.done.Complete(r.Context(), t.UserID, t.Amount) // want `webhook handler credits the balance \(local.completer.Complete \(local.wallet.Complete\): .*\) on every delivery`
}

func (h *Hooks) process(w http.ResponseWriter, r *http.Request) {
	var t topup
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		return
	}
	h.proc.Process(r.Context(), t.UserID, t.Amount)
}
