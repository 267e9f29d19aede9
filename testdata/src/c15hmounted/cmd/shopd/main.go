// Command shopd mounts the landing pages on chi and binds their store.
package main

import (
	"database/sql"
	"net/http"

	"github.com/go-chi/chi/v5"

	"c15hmounted/pages"
	"c15hmounted/pgstore"
)

func main() {
	db, _ := sql.Open("postgres", "")
	p := pages.New(pgstore.NewOrders(db)) // want `success-redirect handler pages.Pages.Bancontact \(/bancontact/return\), which calls pages.Orders.Settle \(pages.go:37\) after reading the payment from the provider without checking that its status is paid` `success-redirect handler pages.Pages.Giropay \(/giropay/done\), which calls pages.Orders.Settle \(pages.go:56\) after reading the payment from the provider without checking that its status is paid`
	r := chi.NewRouter()
	r.Get("/bancontact/return", p.Bancontact)
	r.Get("/giropay/done", p.Giropay)
	r.Get("/ideal/return", p.Ideal)
	r.Get("/eps/return", p.EPS)
	r.Get("/orders/receipt", p.Receipt)
	_ = http.ListenAndServe(":8080", r)
}
