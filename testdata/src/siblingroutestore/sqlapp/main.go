// Command sqlapp serves Northbank's events on the root ServeMux: the
// transfers route behind the signature middleware applied in place, the
// debits route beside it with nothing in front; the debit store marks
// the row returned with constant SQL.
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

func main() {
	var db *gorm.DB
	var sqldb *sql.DB
	debits := &bankstore.Debits{DB: sqldb}
	h := bankhooks.New(bankstore.NewTransfers(db), debits, debits, nil)

	mux := http.NewServeMux()
	mux.Handle("POST /webhooks/northbank/transfers", banksig.RequireSignature([]byte(os.Getenv("NORTHBANK_SECRET")), "X-Northbank-Signature")(http.HandlerFunc(h.TransferSettled)))
	mux.HandleFunc("POST /webhooks/northbank/debits", h.DebitReturned) // want `payment webhook handler h.DebitReturned \(package siblingroutestore/bankhooks\) mounted on POST /webhooks/northbank/debits verifies no signature, and no middleware on this route does: it stores what it decoded through bankhooks.DebitStore.MarkReturned \(bankhooks.go:89\), bound here to bankstore.Debits.MarkReturned, an event its sibling route /webhooks/northbank/transfers takes only behind a verifying middleware`

	_ = http.ListenAndServe(":8080", mux)
}
