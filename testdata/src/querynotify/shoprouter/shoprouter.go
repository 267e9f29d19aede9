// Package shoprouter mounts package shopapi's handlers behind a per-IP
// rate limit of package middleware, which verifies nothing.
package shoprouter

import (
	"github.com/gin-gonic/gin"

	"querynotify/middleware"
	"querynotify/shopapi"
)

type GinRouter struct {
	Engine *gin.Engine
}

// InitRouter builds the application's router and hands its API group to
// the route functions.
func (g *GinRouter) InitRouter() {
	g.Engine = gin.Default()
	api := g.Engine.Group("/api")
	g.InitPublicRouter(api)
}

func (g *GinRouter) InitPublicRouter(r *gin.RouterGroup) {
	public := r.Group("/public")
	shop := public.Group("/shop").Use(middleware.RateLimitIP())
	{
		shop.GET("/epayNotify", shopapi.EpayNotify) // want `payment webhook handler shopapi.EpayNotify \(package querynotify/shopapi\) mounted on GET /api/public/shop/epayNotify verifies no signature`
		shop.GET("/epayNotifySigned", shopapi.EpayNotifySigned)
		shop.GET("/result", shopapi.OrderResult)
	}
}
