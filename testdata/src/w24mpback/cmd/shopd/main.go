// Command shopd wires the record shop.
package main

import (
	"database/sql"

	"github.com/gin-gonic/gin"
	"github.com/mercadopago/sdk-go/pkg/payment"

	"w24mpback/shop"
	"w24mpback/sqlstore"
)

func main() {
	db, _ := sql.Open("postgres", "")
	var mp payment.Client
	pages := shop.NewPages(sqlstore.NewPurchases(db), mp) // want `success-redirect handler shop.Pages.Listo \(/mp/listo\), which calls shop.Shipping.Forward \(pages.go:45\) without reading the payment's status from the provider; bound here, shop.Shipping.Forward is sqlstore.Purchases.Forward: order status "shipped" stored`
	r := gin.New()
	pages.Mount(r)
	_ = r.Run(":8080")
}
