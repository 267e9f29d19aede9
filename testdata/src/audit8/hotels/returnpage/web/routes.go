package web

import "github.com/labstack/echo/v4"

// Register mounts the booking pages.
func Register(e *echo.Echo, p *Pages) {
	g := e.Group("/booking")
	g.GET("/return", p.adyenReturn)
	g.GET("/complete", p.adyenDetails)
	g.GET("/spa/complete", p.adyenDetailsLegacy)
	g.GET("/stripe/return", p.stripeReturn)
	g.GET("/:ref/thanks", p.thanks)
}
