// Command rentals wires the listening-booth build: Forward frees a booth.
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
	pages := shop.NewPages(sqlstore.NewReservations(db), mp)
	r := gin.New()
	pages.Mount(r)
	_ = r.Run(":8081")
}
