// Package server binds the Stripe voucher handlers to their use case on chi.
package server

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/redis/go-redis/v9"

	"wirehooks/chiapp/stripehook"
	"wirehooks/chiapp/vouchers"
)

func Router(db *sql.DB, rdb *redis.Client) http.Handler {
	secret := os.Getenv("STRIPE_WHSEC")
	store := vouchers.New(db)
	v := stripehook.NewVouchers(secret, store) // want `webhook handler inserts a ledger or payment row \(stripehook.Vouchers.Completed calls stripehook.Redeemer.Redeem \(stripehook.go:47\), bound here to vouchers.Store.Redeem`
	once := stripehook.NewOnceVouchers(secret, vouchers.New(db), rdb)
	batch := stripehook.NewBatch(secret, store) // want `webhook handler inserts a ledger or payment row \(stripehook.Batch.Completed calls stripehook.Redeemer.Redeem \(stripehook.go:173\), bound here to vouchers.Store.Redeem`
	relay := stripehook.NewRelay(secret, vouchers.Queue{Ch: make(chan string, 64)})

	r := chi.NewRouter()
	r.Route("/stripe", func(r chi.Router) {
		r.Post("/vouchers", v.Completed)
		r.Post("/vouchers/once", once.Completed)
		r.Post("/vouchers/batch", batch.Completed)
		r.Post("/vouchers/relay", relay.Completed)
	})
	return r
}
