// Package echoroutes registers the notices on an echo group handed in.
package echoroutes

import (
	"github.com/labstack/echo/v4"

	"whasibling/payhooks"
	"whasibling/sig"
)

// Register signs the mandates route with route middleware only.
func Register(g *echo.Group, h *payhooks.Hooks, secret []byte) {
	g.POST("/callbacks/netpay/mandates", h.EchoMandate, sig.EchoRequire(secret))
	g.POST("/callbacks/netpay/settlements", h.EchoSettled) // want `payment webhook handler h.EchoSettled \(package whasibling/payhooks\) mounted on POST /callbacks/netpay/settlements verifies no signature`
}
