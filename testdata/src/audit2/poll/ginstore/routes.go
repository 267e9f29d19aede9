package ginstore

import "github.com/gin-gonic/gin"

// Mount registers the storefront routes.
func Mount(r *gin.Engine, h *Handlers) {
	shop := r.Group("/shop")
	shop.GET("/checkout/return", h.CheckoutReturn)
	shop.GET("/checkout/done", h.CheckoutDone)
	shop.GET("/orders/:id/thanks", h.Thanks)
}
