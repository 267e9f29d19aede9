// Package server binds the Stripe voucher handlers to their use case on chi.
package server

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/redis/go-redis/v9"

	"wirehooks/chiapp/accounts"
	"wirehooks/chiapp/stripehook"
	"wirehooks/chiapp/vouchers"
)

func Router(db *sql.DB, rdb *redis.Client) http.Handler {
	secret := os.Getenv("STRIPE_WHSEC")
	store := vouchers.New(db)
	v := stripehook.NewVouchers(secret, store) // want `webhook handler inserts a ledger or payment row \(stripehook.Vouchers.Completed calls stripehook.Redeemer.Redeem \(stripehook.go:52\), bound here to vouchers.Store.Redeem`
	once := stripehook.NewOnceVouchers(secret, vouchers.New(db), rdb)
	batch := stripehook.NewBatch(secret, store)   // want `webhook handler inserts a ledger or payment row \(stripehook.Batch.Completed calls stripehook.Redeemer.Redeem \(stripehook.go:178\), bound here to vouchers.Store.Redeem`
	grants := stripehook.NewGrants(secret, store) // want `webhook handler inserts a ledger or payment row \(stripehook.Grants.Completed calls domain.Granter.Apply \(stripehook.go:227\), bound here to vouchers.Store.Apply`
	settings := stripehook.NewSettings(store)
	contacts := stripehook.NewContacts([]byte(secret), accounts.New(db, os.Getenv("CRM_URL")))
	relay := stripehook.NewRelay(secret, vouchers.Queue{Ch: make(chan string, 64)})

	r := chi.NewRouter()
	r.Route("/stripe", func(r chi.Router) {
		r.Post("/vouchers", v.Completed)
		r.Post("/vouchers/once", once.Completed)
		r.Post("/vouchers/batch", batch.Completed)
		r.Post("/vouchers/relay", relay.Completed)
		r.Post("/vouchers/grants", grants.Completed)
		r.Post("/admin/grants", settings.Save)
		r.Post("/crm/contacts", contacts.Updated)
	})
	return r
}
