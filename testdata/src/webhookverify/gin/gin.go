// Package gin: webhooks on gin with stripe-go.
package gin

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

//paylint:fulfillment
func shipOrder(id string) {}

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

func Register(r *gin.Engine, sc *stripe.Client) {
	r.POST("/stripe/webhook", stripeVerified)
	r.POST("/stripe/webhook-logged", stripeLogged)
	r.POST("/stripe/events", verifyStripe(), eventsBehindMiddleware)
	r.POST("/stripe/events-unchecked", logSignature(), eventsBehindLoggingMiddleware)
	r.POST("/stripe/client", clientVerified(sc))
	hooks := r.Group("/hooks", verifyStripe())
	hooks.POST("/grouped", eventsBehindMiddleware)
}

func stripeVerified(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	shipOrder(ev.ID)
	c.Status(http.StatusOK)
}

func stripeLogged(c *gin.Context) {
	body, _ := c.GetRawData()
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		log.Println("bad signature", err)
	}
	shipOrder(ev.ID) // want `payment webhook /stripe/webhook-logged verifies the signature but carries on when it fails`
}

// verifyStripe aborts the chain on a bad signature.
func verifyStripe() gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		if _, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.Next()
	}
}

func eventsBehindMiddleware(c *gin.Context) {
	shipOrder(c.PostForm("order"))
}

// logSignature only logs a bad signature; gin runs the next handler anyway.
func logSignature() gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		if _, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret); err != nil {
			log.Println("bad signature")
			return
		}
		c.Next()
	}
}

func eventsBehindLoggingMiddleware(c *gin.Context) {
	shipOrder(c.PostForm("order")) // want `payment webhook /stripe/events-unchecked acts on the payment .* without verifying`
}

// clientVerified uses the newer stripe.Client form.
func clientVerified(sc *stripe.Client) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		ev, err := sc.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		shipOrder(ev.ID)
	}
}
