// Package gin: success-redirect handlers on gin.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

//paylint:fulfillment
func grantAccess(userID string) {}

func Register(r *gin.Engine) {
	pay := r.Group("/pay")
	pay.GET("/success", successTrustsRedirectStatus)
	pay.GET("/finished", finishedChecksIntent)
	r.GET("/api/orders/:id", showOrder)
}

func successTrustsRedirectStatus(c *gin.Context) {
	if c.Query("redirect_status") == "succeeded" {
		grantAccess(c.Query("user")) // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\)`
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// finishedChecksIntent: redirect by parameter payment_intent; checks the
// intent's status from the provider.
func finishedChecksIntent(c *gin.Context) {
	pi, err := paymentintent.Get(c.Query("payment_intent"), nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		grantAccess(c.Query("user"))
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// showOrder is not a redirect handler: silent whatever it does.
func showOrder(c *gin.Context) {
	grantAccess(c.Param("id"))
}
