// Package flwhooks receives Flutterwave's webhooks and our SMS gateway's
// delivery reports.
package flwhooks

import "github.com/gin-gonic/gin"

func Register(r *gin.Engine, h *Hooks) {
	hooks := r.Group("/hooks")
	hooks.POST("/flutterwave", h.Flutterwave)
	hooks.POST("/flutterwave/transfers", h.Transfers)
	hooks.POST("/sms/dlr", h.SMSDeliveryReport)
}
