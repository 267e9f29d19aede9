// Package invoices receives invoice-paid callbacks from a provider that
// signs nothing and sends a shared token in a header (Xendit-style), on
// net/http routes.
package invoices

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
)

type paidNotice struct {
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
}

func settle(db *sql.DB, r *http.Request) error {
	var n paidNotice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		return err
	}
	_, err := db.ExecContext(r.Context(), `UPDATE invoices SET status = 'paid' WHERE external_id = $1`, n.ExternalID)
	return err
}

const fixedToken = "b3f1c0de-callback"

// Hooks serves the callbacks.
type Hooks struct {
	db       *sql.DB
	cbToken  []byte
	ledgerID string
	checked  string
}

// NewHooks reads the callback token from the environment and refuses
// nothing: an unset variable leaves cbToken empty.
func NewHooks(db *sql.DB) *Hooks {
	h := &Hooks{db: db, cbToken: []byte(os.Getenv("INVOICE_CB_TOKEN"))}
	checked := os.Getenv("REFUND_CB_TOKEN")
	if checked == "" {
		log.Fatal("REFUND_CB_TOKEN is not set")
	}
	h.checked = checked
	return h
}

// Routes mounts the callbacks.
func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/callbacks/invoice-env", h.envToken)
	mux.HandleFunc("/callbacks/invoice-field", h.fieldToken)
	mux.HandleFunc("/callbacks/invoice-required", h.requiredEnv)
	mux.HandleFunc("/callbacks/invoice-present", h.presentHeader)
	mux.HandleFunc("/callbacks/invoice-const", h.constToken)
	mux.HandleFunc("/callbacks/invoice-hmac", h.hmacHex)
	mux.HandleFunc("/callbacks/refund-checked", h.checkedField)
}

// envToken (EmptyEnvToken): the header compared with an environment
// variable nobody checks; unset variable and absent header are equal.
func (h *Hooks) envToken(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Callback-Token") != os.Getenv("INVOICE_CALLBACK_TOKEN") {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if err := settle(h.db, r); err != nil { // want `payment webhook /callbacks/invoice-env skips signature verification when the secret is empty`
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// fieldToken (EmptyFieldToken): constant-time compare of two byte
// slices, the secret a field only ever set from os.Getenv unchecked.
func (h *Hooks) fieldToken(w http.ResponseWriter, r *http.Request) {
	got := []byte(r.Header.Get("X-Callback-Token"))
	if subtle.ConstantTimeCompare(got, h.cbToken) != 1 {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if err := settle(h.db, r); err != nil { // want `payment webhook /callbacks/invoice-field skips signature verification when the secret is empty`
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// requiredEnv: the variable is refused when empty before the compare;
// silent.
func (h *Hooks) requiredEnv(w http.ResponseWriter, r *http.Request) {
	want := os.Getenv("INVOICE_REQUIRED_TOKEN")
	if len(want) == 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	if r.Header.Get("X-Callback-Token") != want {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	settle(h.db, r)
}

// presentHeader: an absent token is refused first; silent.
func (h *Hooks) presentHeader(w http.ResponseWriter, r *http.Request) {
	tok := r.Header.Get("X-Callback-Token")
	if tok == "" || tok != os.Getenv("INVOICE_PRESENT_TOKEN") {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	settle(h.db, r)
}

// constToken: the token is a constant of the code; silent.
func (h *Hooks) constToken(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Callback-Token") != fixedToken {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	settle(h.db, r)
}

// hmacHex: an HMAC of the body under an environment key is never the
// empty string, even under an empty key; silent.
func (h *Hooks) hmacHex(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, []byte(os.Getenv("INVOICE_HMAC_KEY")))
	mac.Write(body)
	if hex.EncodeToString(mac.Sum(nil)) != r.Header.Get("X-Callback-Signature") {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	h.db.ExecContext(r.Context(), `UPDATE invoices SET status = 'paid' WHERE external_id = $1`, string(body))
}

// checkedField: the field is set only after the constructor refused an
// empty variable (log.Fatal); silent.
func (h *Hooks) checkedField(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Callback-Token") != h.checked {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	settle(h.db, r)
}
