package web

import (
	"audit16/farm/ops"
	"audit16/farm/webhooks"

	"github.com/gin-gonic/gin"
)

// Routes mounts the Nigerian storefront's gin routes.
func Routes(r *gin.Engine, ret *Returns, ps *webhooks.Paystack, routing *ops.RoutePlanner) {
	r.GET("/pay/paystack/return", ret.PaystackReturn)

	hooks := r.Group("/hooks")
	hooks.POST("/paystack", ps.Handle)

	r.POST("/logistics/routes/optimise/complete", routing.Completed)
}
