// Package web registers the box office's routes.
package web

import (
	"github.com/gin-gonic/gin"

	"rfapages/tickets"
)

func Register(g *gin.Engine, p *tickets.Pages) {
	pay := g.Group("/tickets/payment")
	pay.GET("/return", p.Landing)
	pay.GET("/success", p.PaymentSuccess)
	pay.GET("/lookup", p.Lookup)
	pay.GET("/done", p.Waiting)
	pay.GET("/complete", p.Stored)
	g.GET("/account/oauth/complete", p.Connected)
}
