// Command chiapp serves Northbank's events on chi: the debits route with
// the signature middleware of its own (r.With), the transfers route of
// the same hooks on the same router with none.
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
	h := &bankhooks.NorthbankWebhooks{Transfers: bankstore.NewTransfers(db), Debits: &bankstore.Debits{DB: sqldb}}
	secret := []byte(os.Getenv("NORTHBANK_SECRET"))

	r := chi.NewRouter()
	r.With(banksig.RequireSignature(secret, "X-Northbank-Signature")).Post("/hooks/northbank/debits", h.DebitReturned)
	r.Post("/hooks/northbank/transfers", h.TransferSettled) // want `payment webhook handler h.TransferSettled \(package siblingroutestore/bankhooks\) mounted on POST /hooks/northbank/transfers verifies no signature, and no middleware on this route does: it stores what it decoded through bankhooks.TransferStore.MarkSettled \(bankhooks.go:71\), bound here to bankstore.Transfers.MarkSettled, an event its sibling route /hooks/northbank/debits takes only behind a verifying middleware`

	// A sibling behind a logging middleware says nothing: silent.
	r.With(banksig.LogRequests).Post("/hooks/southbank/debits", h.DebitReturned)
	r.Post("/hooks/southbank/transfers", h.TransferSettled)

	_ = http.ListenAndServe(":8080", r)
}
