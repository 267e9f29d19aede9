// Package middleware: webhook signatures verified in middleware registered
// with chi r.With / r.Use, a gin group Use, and a net/http wrapper.
package middleware

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Fulfilment struct{}

func (Fulfilment) FulfillOrder(ref string) error { return nil }

var ful Fulfilment

func stripeSignature(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
				http.Error(w, "bad signature", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

func verifyStripe(next http.Handler) http.Handler {
	return stripeSignature("whsec")(next)
}

func paymentEvent(w http.ResponseWriter, r *http.Request) {
	var ev stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	if ev.Type == stripe.EventTypeCheckoutSessionCompleted {
		var s stripe.CheckoutSession
		_ = json.Unmarshal(ev.Data.Raw, &s)
		_ = ful.FulfillOrder(s.ClientReferenceID)
	}
}

func ChiWith(r chi.Router) {
	r.With(verifyStripe).Post("/webhooks/stripe", paymentEvent)
}

func ChiGroup(r chi.Router) {
	r.Group(func(r chi.Router) {
		r.Use(verifyStripe)
		r.Post("/stripe/webhook", paymentEvent)
	})
	r.Route("/hooks", func(r chi.Router) {
		r.Use(stripeSignature("whsec"))
		r.Post("/payments", paymentEvent)
	})
}

func NetHTTP(mux *http.ServeMux) {
	mux.Handle("POST /webhook", verifyStripe(http.HandlerFunc(paymentEvent)))
	mux.Handle("POST /payments/webhook", stripeSignature("whsec")(http.HandlerFunc(paymentEvent)))
}

func ginVerify(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
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
		c.Set("event", ev)
		c.Next()
	}
}

func Gin(r *gin.Engine) {
	hooks := r.Group("/webhooks")
	hooks.Use(ginVerify("whsec"))
	hooks.POST("/stripe", func(c *gin.Context) {
		v, _ := c.Get("event")
		ev := v.(stripe.Event)
		var s stripe.CheckoutSession
		_ = json.Unmarshal(ev.Data.Raw, &s)
		_ = ful.FulfillOrder(s.ClientReferenceID)
		c.Status(http.StatusOK)
	})
	r.POST("/stripe/events", ginVerify("whsec"), func(c *gin.Context) {
		var s stripe.CheckoutSession
		_ = c.ShouldBindJSON(&s)
		_ = ful.FulfillOrder(s.ClientReferenceID)
	})
}
