// Package app binds the Paddle handlers to their booking use case.
package app

import (
	"context"
	"database/sql"
	"net/http"
	"os"

	"h9wire/credits"
	"h9wire/paddlehook"
)

type events struct{ db *sql.DB }

func (e events) MarkSeen(ctx context.Context, id string) (bool, error) {
	res, err := e.db.ExecContext(ctx, `INSERT INTO paddle_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func Mux(db *sql.DB) *http.ServeMux {
	secret := os.Getenv("PADDLE_SECRET")
	store := credits.NewStore(db)
	mux := http.NewServeMux()
	mux.HandleFunc("/paddle/paid", paddlehook.NewPaid(secret, store).Transaction) // want `webhook handler inserts a ledger or payment row \(paddlehook.Paid.Transaction calls paddlehook.Booker.Book \(paddlehook.go:68\), bound here to credits.Store.Book`
	mux.HandleFunc("/paddle/once", paddlehook.NewOncePaid(secret, store, events{db}).Transaction)
	return mux
}
