package custodyhooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
)

// txEvent is the custodian's TRANSACTION_STATUS_UPDATED payload.
type txEvent struct {
	Type string `json:"type"`
	Data struct {
		ID           string `json:"id"`
		ExternalTxID string `json:"externalTxId"`
		Status       string `json:"status"`
		AssetID      string `json:"assetId"`
		Amount       string `json:"amount"`
		Destination  struct {
			ID string `json:"id"`
		} `json:"destination"`
	} `json:"data"`
}

// handleV1 trusts whatever is posted: anyone can credit a deposit.
func (s *Server) handleV1(w http.ResponseWriter, r *http.Request) {
	var ev txEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Data.Status == "COMPLETED" {
		_, err := s.DB.ExecContext(r.Context(), // want "\\[webhookverify\\] payment webhook /hooks/custody/v1 acts on the payment" "\\[webhookdedupe\\] webhook handler credits the balance"
			`UPDATE balances SET amount = amount + $1 WHERE vault_id = $2 AND asset = $3`,
			ev.Data.Amount, ev.Data.Destination.ID, ev.Data.AssetID)
		if err != nil {
			log.Printf("credit: %v", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// handleV2 verifies, but credits again on every redelivery of the event.
func (s *Server) handleV2(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := s.verify(body, r.Header.Get("Fireblocks-Signature")); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev txEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Data.Status == "COMPLETED" {
		if _, err := s.DB.ExecContext(r.Context(), // want "\\[webhookdedupe\\] webhook handler credits the balance"
			`UPDATE balances SET amount = amount + $1 WHERE vault_id = $2 AND asset = $3`,
			ev.Data.Amount, ev.Data.Destination.ID, ev.Data.AssetID); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// handleV3 verifies and records the custodian tx id first; a redelivery
// inserts nothing and credits nothing.
func (s *Server) handleV3(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := s.verify(body, r.Header.Get("Fireblocks-Signature")); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev txEvent
	if err := json.Unmarshal(body, &ev); err != nil || ev.Data.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx,
		`INSERT INTO custody_events (tx_id, status) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
		ev.Data.ID, ev.Data.Status)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := tx.ExecContext(ctx,
		`UPDATE balances SET amount = amount + $1 WHERE vault_id = $2 AND asset = $3`,
		ev.Data.Amount, ev.Data.Destination.ID, ev.Data.AssetID); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if err := tx.Commit(); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
