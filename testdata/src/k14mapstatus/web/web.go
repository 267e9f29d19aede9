// Package web mounts the callbacks, with no verifying middleware.
package web

import (
	"github.com/labstack/echo/v4"

	"k14mapstatus/hooks"
)

// Routes mounts the provider's callbacks.
func Routes(e *echo.Echo, h *hooks.Hooks) {
	e.POST("/hooks/rentals/paid", h.RentalPaid) // want `payment webhook handler h.RentalPaid .*mounted on POST /hooks/rentals/paid verifies no signature`
	e.POST("/hooks/rentals/noted", h.RentalNoted)
	e.POST("/hooks/rentals/logged", h.RentalLogged)
}
