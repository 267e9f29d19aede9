// Package shoprouter mounts package shopapi's handlers behind a per-IP
// rate limit, which verifies nothing.
package shoprouter

import (
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"

	"querynotify/shopapi"
)

// RateLimitIP refuses a client address seen too often.
func RateLimitIP() gin.HandlerFunc {
	var mu sync.Mutex
	seen := map[string]int{}
	return func(c *gin.Context) {
		mu.Lock()
		seen[c.Request.RemoteAddr]++
		n := seen[c.Request.RemoteAddr]
		mu.Unlock()
		if n > 100 {
			c.AbortWithStatus(http.StatusTooManyRequests)
			return
		}
		c.Next()
	}
}

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
	shop := r.Group("/public/shop")
	shop.Use(RateLimitIP())
	{
		shop.GET("/epayNotify", shopapi.EpayNotify) // want `payment webhook handler shopapi.EpayNotify \(package querynotify/shopapi\) mounted on GET /api/public/shop/epayNotify verifies no signature`
		shop.GET("/epayNotifySigned", shopapi.EpayNotifySigned)
		shop.GET("/result", shopapi.OrderResult)
	}
}
