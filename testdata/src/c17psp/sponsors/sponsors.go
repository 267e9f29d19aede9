// Package sponsors receives a code host's sponsorship webhooks
// (net/http), signed with X-Hub-Signature-256 like its push hooks (see
// c17words/cihooks), and adds the sponsor's monthly payment to the
// account's credit balance. That moves money: the hook is judged as a
// payment's, whoever signs it, and the credit repeated on every delivery
// is reported.
package sponsors

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Hook is the sponsorship webhook.
type Hook struct {
	secret []byte
	db     *sql.DB
}

// Routes mounts the hook.
func (h *Hook) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/hooks/sponsors", h.Sponsored)
}

// signed: the body's HMAC-SHA256 is the one the host sent.
func (h *Hook) signed(body []byte, got string) bool {
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	return hmac.Equal([]byte("sha256="+hex.EncodeToString(mac.Sum(nil))), []byte(got))
}

// Sponsorship is the part of a sponsorship event the hook reads.
type Sponsorship struct {
	Sponsorship struct {
		Sponsor struct {
			Login string `json:"login"`
		} `json:"sponsor"`
		Tier struct {
			MonthlyPriceInCents int `json:"monthly_price_in_cents"`
		} `json:"tier"`
	} `json:"sponsorship"`
}

// Sponsored adds the sponsor's monthly payment to the account's credits.
func (h *Hook) Sponsored(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !h.signed(body, r.Header.Get("X-Hub-Signature-256")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Sponsorship
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	s := ev.Sponsorship
	_, err = h.db.ExecContext(r.Context(), "UPDATE accounts SET credit_balance = credit_balance + $1 WHERE login = $2", s.Tier.MonthlyPriceInCents, s.Sponsor.Login) // want `webhook handler credits the balance \(paid state stored by sql\.DB\.ExecContext\) on every delivery of the event`
	if err != nil {
		http.Error(w, "credit", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
