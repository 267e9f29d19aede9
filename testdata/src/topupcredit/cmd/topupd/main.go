// Command topupd serves the Revolut webhooks with the gorm card store.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"

	"topupcredit/hooks"
	"topupcredit/wallet"
)

func main() {
	gdb, _ := gorm.Open(nil)
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	h := hooks.NewRevolut(os.Getenv("REVOLUT_SIGNING_SECRET"), wallet.NewCards(gdb), wallet.NewJournal(db)) // want `webhook handler credits the balance \(hooks.Revolut.Funds calls hooks.Wallets.Load \(hooks.go:87\), bound here to wallet.Cards.Load`
	r := chi.NewRouter()
	r.Post("/webhooks/revolut/funds", h.Funds)
	r.Post("/webhooks/revolut/settled", h.Settled)
	_ = http.ListenAndServe(":8080", r)
}
