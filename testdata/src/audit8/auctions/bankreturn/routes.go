// Package bankreturn serves the pages a buyer lands on when their bank
// sends them back after authorising (or not) a transfer.
package bankreturn

import (
	"github.com/labstack/echo/v4"
)

func Register(e *echo.Echo, h *Handlers) {
	g := e.Group("/pay/bank")
	g.GET("/return", h.Return)
	g.GET("/complete", h.Complete)
	e.GET("/account/email/confirmed", h.EmailConfirmed)
}
