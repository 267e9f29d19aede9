// Package topups receives a PSP's top-up notices (net/http, Go 1.22
// patterns) and hands the raw body and the request to a checker named as
// a verifier, then credits the wallet: a webhook by what its checker is
// handed, crediting again on every delivery.
package topups

import (
	"database/sql"
	"io"
	"net/http"
)

// Verifier checks a notice; main wires the PSP's client.
type Verifier interface {
	VerifyNotice(body []byte, r *http.Request) error
}

// Topups receives the notices.
type Topups struct {
	verifier Verifier
	db       *sql.DB
}

// Routes mounts the notices.
func (t *Topups) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /psp/wallet-credits", t.Credited)
}

// Credited checks the notice, then credits the wallet, on every delivery.
func (t *Topups) Credited(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := t.verifier.VerifyNotice(body, r); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	q := r.URL.Query()
	_, _ = t.db.ExecContext(r.Context(), "UPDATE wallets SET balance = balance + $1 WHERE id = $2", q.Get("amount"), q.Get("wallet")) // want `webhook handler credits the balance \(paid state stored by sql\.DB\.ExecContext\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}
