package insurancebank

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
)

// Remittance receives the bank's "payment.settled" notice for a payer's
// virtual-card payment and marks the claim paid.
type Remittance struct {
	DB     *sql.DB
	Secret string // empty in the sandbox
}

func (rm *Remittance) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if rm.Secret != "" {
		if err := checkSignature(rm.Secret, body, r.Header.Get("X-Bank-Signature")); err != nil {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
	}
	var evt CreditEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if evt.Status == "settled" {
		_, err = rm.DB.ExecContext(r.Context(), // want "\\[webhookverify\\] payment webhook Remittance.ServeHTTP skips signature verification when the secret is empty"
			`UPDATE claims SET payment_status = 'paid', paid_amount = $1 WHERE eft_trace = $2`, evt.Amount, evt.TraceNo)
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
