// Package notices receives a regional PSP's payment notices (chi) on a
// route that names no webhook. The handler is the PSP's delivery by what
// it hands its checker: the whole request and the raw body, to a method
// of an interface named as a verifier (main wires the PSP's client). So
// handed, a check known only by its name still makes a webhook.
package notices

import (
	"context"
	"database/sql"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Checker checks a notice's signature; main wires the PSP's client.
type Checker interface {
	VerifyRequest(r *http.Request, body []byte) error
}

// Notices receives the PSP's notices.
type Notices struct {
	checker Checker
	db      *sql.DB
}

// Routes mounts the notices.
func (n *Notices) Routes(r chi.Router) {
	r.Post("/psp/notices", n.Receive)
}

// Receive tops the wallet up, then checks the notice: a forged notice has
// already credited the wallet when the check refuses it.
func (n *Notices) Receive(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	q := r.URL.Query()
	n.credit(r.Context(), q.Get("wallet"), q.Get("amount")) // want `payment webhook /psp/notices acts on the payment \(notices\.Notices\.credit \(paid state stored by sql\.DB\.ExecContext\)\) before it verifies the signature`
	if err := n.checker.VerifyRequest(r, body); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (n *Notices) credit(ctx context.Context, wallet, amount string) {
	_, _ = n.db.ExecContext(ctx, "UPDATE wallets SET balance = balance + $1 WHERE id = $2", amount, wallet)
}
