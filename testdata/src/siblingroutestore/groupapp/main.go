// Command groupapp serves Northbank's events where one middleware covers
// every route of the hooks: silent.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"

	"siblingroutestore/bankhooks"
	"siblingroutestore/banksig"
	"siblingroutestore/bankstore"
)

func main() {
	var db *gorm.DB
	var sqldb *sql.DB
	debits := &bankstore.Debits{DB: sqldb}
	h := bankhooks.New(bankstore.NewTransfers(db), debits, debits, nil)
	secret := []byte(os.Getenv("NORTHBANK_SECRET"))
	signed := banksig.RequireSignature(secret, "X-Northbank-Signature")

	// A sub-mux of the bank's routes, wrapped whole.
	hooks := http.NewServeMux()
	hooks.Handle("POST /hooks/northbank/debits", http.HandlerFunc(h.DebitReturned))
	hooks.HandleFunc("POST /hooks/northbank/transfers", h.TransferSettled)
	mux := http.NewServeMux()
	mux.Handle("/hooks/northbank/", signed(hooks))
	go func() { _ = http.ListenAndServe(":8081", mux) }()

	// A chi group whose middleware covers both routes.
	r := chi.NewRouter()
	r.Group(func(g chi.Router) {
		g.Use(banksig.RequireSignature(secret, "X-Northbank-Signature"))
		g.Post("/hooks/northbank/debits", h.DebitReturned)
		g.Post("/hooks/northbank/transfers", h.TransferSettled)
	})
	go func() { _ = http.ListenAndServe(":8082", r) }()

	// A router-level Use covering every route.
	all := chi.NewRouter()
	all.Use(signed)
	all.Post("/hooks/northbank/debits", h.DebitReturned)
	all.Post("/hooks/northbank/transfers", h.TransferSettled)
	_ = http.ListenAndServe(":8080", all)
}
