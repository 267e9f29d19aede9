// Command kassed wires the shop.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"w24linkedread/checkout"
	"w24linkedread/shop"
	"w24linkedread/store"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	gw := &checkout.Gateway{Base: os.Getenv("SITE_URL")}
	pages := shop.NewPages(gw, store.NewOrders(db)) // want `success-redirect handler shop.Pages.Fertig \(/kasse/fertig\), which calls shop.Orders.MarkPaid \(pages.go:55\) after reading the payment from the provider without checking that its status is paid; bound here, shop.Orders.MarkPaid is store.Orders.MarkPaid`
	mux := http.NewServeMux()
	pages.Routes(mux)
	_ = http.ListenAndServe(":8080", mux)
}
