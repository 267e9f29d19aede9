package pharmacy

import (
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"audit13/clinic/platform"
)

// BankEvents receives the bank's transfer status notifications.
type BankEvents struct {
	secret string
	db     *sql.DB
}

// NewBankEvents returns the bank notification handler.
func NewBankEvents(secret string, db *sql.DB) *BankEvents {
	if secret == "" {
		panic("pharmacy: bank webhook secret is required")
	}
	return &BankEvents{secret: secret, db: db}
}

type bankEvent struct {
	EventID    string `json:"eventId"`
	Type       string `json:"type"`
	TransferID string `json:"transferId"`
	Reference  string `json:"requestReference"`
	Status     string `json:"status"`
	Amount     int64  `json:"amountMinor"`
}

func (h *BankEvents) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := platform.VerifyHMAC(h.secret, body, r.Header.Get("X-Bank-Signature")); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev bankEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case "transfer.completed":
		if _, err := h.db.ExecContext(ctx, `UPDATE pharmacy_statements SET status = 'paid', transfer_id = $2
			WHERE request_reference = $1`, ev.Reference, ev.TransferID); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		if _, err := h.db.ExecContext(ctx, insertPayableEntry, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by sql.DB.ExecContext\\) on every delivery"
			ev.Amount, ev.TransferID); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	case "transfer.rejected", "transfer.returned":
		log.Printf("pharmacy: transfer %s %s", ev.TransferID, ev.Status)
		if _, err := h.db.ExecContext(ctx, `UPDATE pharmacy_statements SET status = 'failed' WHERE request_reference = $1`,
			ev.Reference); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

const insertPayableEntry = `INSERT INTO ledger_entries (account, direction, amount_minor, source, source_ref) VALUES ('pharmacy_payable', 'debit', $1, 'bank', $2)`
