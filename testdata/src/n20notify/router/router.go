// Package router registers the game's routes.
package router

import (
	"github.com/labstack/echo/v4"

	"n20notify/pages"
	"n20notify/topup"
)

// Mount registers the routes.
func Mount(e *echo.Echo, p *pages.Pages) {
	e.Any("/payment/notify/:gateway", topup.PaymentCallback)
	e.GET("/payment/back", p.PaymentCallback)
}
