// Command muxapp serves Northbank's events on the root ServeMux: the
// debits route behind the signature middleware, made once and applied
// route by route, and the transfers route of the same hooks beside it
// with nothing in front.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"gorm.io/gorm"

	"siblingroutestore/bankhooks"
	"siblingroutestore/banksig"
	"siblingroutestore/bankstore"
)

func routes(db *gorm.DB, sqldb *sql.DB) http.Handler {
	mux := http.NewServeMux()
	debits := &bankstore.Debits{DB: sqldb}
	h := bankhooks.New(bankstore.NewTransfers(db), debits, debits, []byte(os.Getenv("NORTHBANK_SECRET")))

	signed := banksig.RequireSignature([]byte(os.Getenv("NORTHBANK_SECRET")), "X-Northbank-Signature")
	mux.Handle("POST /hooks/northbank/debits", signed(http.HandlerFunc(h.DebitReturned)))
	mux.HandleFunc("POST /hooks/northbank/transfers", h.TransferSettled) // want `payment webhook handler h.TransferSettled \(package siblingroutestore/bankhooks\) mounted on POST /hooks/northbank/transfers verifies no signature, and no middleware on this route does: it stores what it decoded through bankhooks.TransferStore.MarkSettled \(bankhooks.go:71\), bound here to bankstore.Transfers.MarkSettled, an event its sibling route /hooks/northbank/debits takes only behind a verifying middleware`

	// Beside it, silent: an endpoint of the same hooks that only reads
	// (its use case bound here stores nothing), one that checks the
	// signature itself or through a helper, and the bank's health probe.
	mux.HandleFunc("POST /hooks/northbank/quote", h.DebitQuote)
	mux.HandleFunc("POST /hooks/northbank/checked", h.TransferChecked)
	mux.HandleFunc("POST /hooks/northbank/failed", h.TransferFailed)
	mux.HandleFunc("GET /hooks/northbank/health", h.Health)
	return mux
}

func main() {
	_ = http.ListenAndServe(":8080", routes(nil, nil))
}
