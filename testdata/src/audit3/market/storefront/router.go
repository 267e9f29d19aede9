package storefront

import (
	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"gorm.io/gorm"
)

// Routes wires the web app.
func Routes(r *gin.Engine, db *gorm.DB, sc *stripe.Client, oauth func(string) (string, error)) {
	store := &Store{db: db}
	buyer := &BuyerHandlers{store: store, sc: sc}
	seller := &SellerHandlers{store: store, oauth: oauth}

	r.GET("/orders/:id/complete", buyer.Complete)
	r.GET("/orders/:id/receipt", buyer.Receipt)
	r.GET("/seller/onboarding/return", seller.OnboardingReturn)
	r.GET("/connect/oauth/callback", seller.ConnectCallback)
}
