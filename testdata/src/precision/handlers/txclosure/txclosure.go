// Package txclosure: the fulfilment runs inside a transaction closure,
// after the signature or the payment status was checked outside it.
package txclosure

import (
	"context"
	"database/sql"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Repo struct{ db *sql.DB }

func (r *Repo) WithTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func MarkOrderPaid(ctx context.Context, tx *sql.Tx, id string) error {
	_, err := tx.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", id)
	return err
}

type API struct {
	repo   *Repo
	secret string
}

func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", a.webhook)
	mux.HandleFunc("GET /pay/return", a.payReturn)
}

func (a *API) webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), a.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	err = a.repo.WithTx(r.Context(), func(tx *sql.Tx) error {
		return MarkOrderPaid(r.Context(), tx, ev.ID)
	})
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func (a *API) payReturn(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		http.Redirect(w, r, "/pay/pending", http.StatusSeeOther)
		return
	}
	_ = a.repo.WithTx(r.Context(), func(tx *sql.Tx) error {
		return MarkOrderPaid(r.Context(), tx, pi.Metadata["order_id"])
	})
	w.Write([]byte("thanks"))
}
