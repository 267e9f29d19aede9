// Package topups credits wallet top-ups from a provider's payment
// notifications (Midtrans-style, posted JSON) on chi; the app's users
// hold a session cookie.
package topups

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type ctxKey struct{}

// Sessions looks a session up.
type Sessions interface {
	Account(ctx context.Context, sid string) (string, error)
}

type notification struct {
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
}

// sessionAuth: the app's session cookie, the account stored for handlers.
func sessionAuth(s Sessions) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ck, err := r.Cookie("sid")
			if err != nil {
				http.Error(w, "login required", http.StatusUnauthorized)
				return
			}
			acct, err := s.Account(r.Context(), ck.Value)
			if err != nil {
				http.Error(w, "login required", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, acct)))
		})
	}
}

// notify (SessionOnNotification): the provider's notification behind the
// user's session only.
func notify(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var n notification
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if n.TransactionStatus == "settlement" {
			db.ExecContext(r.Context(), `UPDATE topups SET status = 'paid' WHERE order_id = $1`, n.OrderID) // want `payment webhook /webhooks/midtrans/notification acts on the payment`
		}
		w.WriteHeader(http.StatusOK)
	}
}

// history (look-alike): a user's own page behind the session.
func history(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rows, _ := db.QueryContext(r.Context(), `SELECT id, status FROM topups WHERE account = $1`, r.Context().Value(ctxKey{}))
		defer rows.Close()
		w.WriteHeader(http.StatusOK)
	}
}

// Router mounts the routes.
func Router(db *sql.DB, s Sessions) http.Handler {
	r := chi.NewRouter()
	r.With(sessionAuth(s)).Post("/webhooks/midtrans/notification", notify(db))
	r.With(sessionAuth(s)).Get("/me/topups", history(db))
	return r
}
