package paypalgin

import (
	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"
	"gorm.io/gorm"
)

func Register(r *gin.Engine, db *gorm.DB, pp *paypal.Client, webhookID string) {
	h := &Handler{db: db, pp: pp, webhookID: webhookID}
	r.POST("/paypal/webhooks/sale", VerifyPayPal(pp, webhookID), h.SaleCompleted)
	r.POST("/paypal/webhooks/subscription", h.SubscriptionActivated)
}
