// Command shopd wires the kit shop.
package main

import (
	"os"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"r22release/flw"
	"r22release/pgstore"
	"r22release/storefront"
)

func main() {
	db, _ := gorm.Open(nil)
	purchases := pgstore.NewPurchases(db)
	pages := storefront.NewPages(flw.New(os.Getenv("FLW_SECRET_KEY")), purchases, purchases, os.Getenv("FLW_HASH")) // want `success-redirect handler storefront.Pages.VerifiedErrOnly \(/kits/pay/return\), which calls storefront.Courier.Dispatch \(pages.go:54\) after reading the payment from the provider without checking that its status is paid; bound here, storefront.Courier.Dispatch is pgstore.Purchases.Dispatch: order status "dispatched" stored` `success-redirect handler storefront.Pages.QueryStatus \(/kits/pay/success\), which calls storefront.Courier.Dispatch \(pages.go:93\) without reading the payment's status from the provider; bound here, storefront.Courier.Dispatch is pgstore.Purchases.Dispatch: order status "dispatched" stored`
	kiosk := storefront.NewKiosk(pgstore.NewHolds(db))
	e := echo.New()
	pages.Mount(e)
	kiosk.Mount(e)
	_ = e.Start(":8080")
}
