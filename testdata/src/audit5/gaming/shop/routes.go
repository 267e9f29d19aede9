package shop

import "github.com/gin-gonic/gin"

// Routes mounts the shop; auth is the session middleware for player pages.
func Routes(r *gin.Engine, h *Handler, auth gin.HandlerFunc) {
	r.GET("/shop/checkout/return", h.CheckoutReturn)
	r.GET("/shop/mollie/return/:order", h.MollieReturn)
	r.GET("/shop/pass/return", h.PassReturn)
	api := r.Group("/api", auth)
	api.POST("/shop/gems", h.BuyGems)
	api.POST("/shop/pass", h.BuyPass)
	api.POST("/rewards/daily", h.DailyReward)
}
