// Package httpapi holds the provider callbacks and the borrower-facing
// return pages.
package httpapi

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"audit19/lending/providers/mpesa"
	"audit19/lending/store"
)

// MpesaCallbacks receives Daraja B2C results. Daraja does not sign its
// callbacks, so the ResultURL carries a shared token.
type MpesaCallbacks struct {
	st    *store.Store
	token string
	log   *slog.Logger
}

// NewMpesaCallbacks returns the Daraja callback handlers.
func NewMpesaCallbacks(st *store.Store, token string, log *slog.Logger) *MpesaCallbacks {
	return &MpesaCallbacks{st: st, token: token, log: log}
}

// Routes registers the callbacks on mux.
func (m *MpesaCallbacks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /callbacks/mpesa/b2c/result", m.Result)
	mux.HandleFunc("POST /callbacks/mpesa/b2c/timeout", m.Timeout)
}

// Result applies a B2C result to its disbursement.
func (m *MpesaCallbacks) Result(w http.ResponseWriter, r *http.Request) {
	if tok := r.URL.Query().Get("token"); tok != "" && tok != m.token {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var res mpesa.Result
	if err := json.NewDecoder(r.Body).Decode(&res); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	d, err := m.st.DisbursementByProvider(ctx, res.Result.OriginatorConversationID)
	if err != nil {
		m.log.Warn("mpesa result for unknown disbursement", "occ", res.Result.OriginatorConversationID)
		writeDarajaAck(w)
		return
	}
	if res.Result.ResultCode != 0 {
		_ = m.st.SetDisbursementStatus(ctx, d.ID, store.DisbursementFailed)
		writeDarajaAck(w)
		return
	}
	if err := m.st.SetDisbursementStatus(ctx, d.ID, store.DisbursementCompleted); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if err := m.st.AddDisbursementLedger(ctx, d.LoanID, d.Amount, res.Result.TransactionID); err != nil { // want "\\[webhookverify\\] payment webhook /callbacks/mpesa/b2c/result skips signature verification" "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store.Store.AddDisbursementLedger"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	writeDarajaAck(w)
}

// Timeout logs a queue timeout; the reconciler picks the disbursement up.
func (m *MpesaCallbacks) Timeout(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("token") != m.token {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	m.log.Warn("mpesa b2c queue timeout")
	writeDarajaAck(w)
}

func writeDarajaAck(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ResultCode": 0, "ResultDesc": "Accepted"})
}
