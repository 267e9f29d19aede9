// Command shopd wires the shop's pages to Postgres.
package main

import (
	"database/sql"
	"net/http"

	"github.com/go-chi/chi/v5"

	"rfbreadpages/pages"
	"rfbreadpages/sqlstore"
)

func main() {
	db, _ := sql.Open("postgres", "")
	p := pages.New(sqlstore.NewLedger(db), sqlstore.NewOrders(db)) // want `success-redirect handler pages.Pages.creditsReturn \(/credits/return\), which calls pages.Credits.AddCredits \(pages.go:55\) after reading the payment from the provider without checking that its status is paid; bound here` `success-redirect handler pages.Pages.orderComplete \(/orders/checkout/success\), which calls pages.Orders.Settle \(pages.go:80\) after reading the payment from the provider without checking that its status is paid; bound here` `success-redirect handler pages.Pages.creditsBlind \(/credits/quick/success\), which calls pages.Credits.AddCredits \(pages.go:116\) without reading the payment's status from the provider; bound here`
	r := chi.NewRouter()
	p.Mount(r)
	_ = http.ListenAndServe(":8080", r)
}
