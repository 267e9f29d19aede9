// Package ginroutes registers the payment network's notices on a gin
// group its caller hands in, which may carry middleware this package
// cannot see.
package ginroutes

import (
	"github.com/gin-gonic/gin"

	"whasibling/payhooks"
	"whasibling/sig"
)

// Signed: the mandate route carries the HMAC check, the settlement route
// beside it under /webhooks/netpay does not: reported.
func Signed(g *gin.RouterGroup, h *payhooks.Hooks, secret []byte) {
	g.POST("/webhooks/netpay/mandates", sig.Require(secret), h.Mandate)
	g.POST("/webhooks/netpay/settlements", h.Settled) // want `payment webhook handler h.Settled \(package whasibling/payhooks\) mounted on POST /webhooks/netpay/settlements verifies no signature`
}

// Staffed: the sibling is behind a staff check, which verifies no
// signature: the caller's group may verify, silent.
func Staffed(g *gin.RouterGroup, h *payhooks.Hooks, token string) {
	g.POST("/webhooks/netpay/mandates", sig.Staff(token), h.Mandate)
	g.POST("/webhooks/netpay/settlements", h.Settled)
}

// Elsewhere: the signed sibling serves another prefix: silent.
func Elsewhere(g *gin.RouterGroup, h *payhooks.Hooks, secret []byte) {
	g.POST("/webhooks/cardnet/mandates", sig.Require(secret), h.Mandate)
	g.POST("/webhooks/netpay/settlements", h.Settled)
}

// Both: both routes signed: silent.
func Both(g *gin.RouterGroup, h *payhooks.Hooks, secret []byte) {
	g.POST("/webhooks/netpay/mandates", sig.Require(secret), h.Mandate)
	g.POST("/webhooks/netpay/settlements", sig.Require(secret), h.Settled)
}

// Plain: no sibling at all, the caller's group may verify: silent.
func Plain(g *gin.RouterGroup, h *payhooks.Hooks) {
	g.POST("/webhooks/netpay/settlements", h.Settled)
}

// Nested: a group made here from the caller's; the sibling is signed by
// the group's own middleware, the open route is on the parent group under
// the same prefix: reported.
func Nested(g *gin.RouterGroup, h *payhooks.Hooks, secret []byte) {
	signed := g.Group("/hooks/netpay", sig.Require(secret))
	signed.POST("/mandates", h.Mandate)
	g.POST("/hooks/netpay/settlements", h.Settled) // want `payment webhook handler h.Settled \(package whasibling/payhooks\) mounted on POST /hooks/netpay/settlements verifies no signature`
}
