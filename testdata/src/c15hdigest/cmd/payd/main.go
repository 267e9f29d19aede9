// Command payd binds the callbacks to Postgres.
package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/labstack/echo/v4"

	"c15hdigest/callbacks"
	"c15hdigest/paystore"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	orders := &paystore.Orders{DB: db}
	e := echo.New()
	e.POST("/callbacks/psp", callbacks.NewPaymentCallback(os.Getenv("PSP_MERCHANT"), os.Getenv("PSP_KEY"), orders).Handle) // want `payment webhook callbacks.PaymentCallback.Handle skips signature verification when the secret is empty \(fails open\) before callbacks.Settler.Apply \(callbacks.go:57\), bound here to paystore.Orders.Apply`
	e.POST("/callbacks/psp/strict", callbacks.NewStrictCallback(os.Getenv("PSP_MERCHANT"), os.Getenv("PSP_KEY"), orders).Handle)
	log.Fatal(e.Start(":8080"))
}
