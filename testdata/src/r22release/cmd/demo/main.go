// Command demo runs the kiosk build: dispatch is only logged.
package main

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"r22release/demo"
	"r22release/flw"
	"r22release/pgstore"
	"r22release/storefront"
)

func main() {
	db, _ := gorm.Open(nil)
	pages := storefront.NewPages(flw.New("sk_test"), demo.LogCourier{}, pgstore.NewPurchases(db), "")
	e := echo.New()
	pages.Mount(e)
	_ = e.Start(":8081")
}
