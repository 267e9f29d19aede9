package stripegin

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/webhook"
)

type StripeWebhook struct {
	Secret    string
	Queue     *asynq.Client
	Redis     *redis.Client
	Warehouse *Warehouse
}

func (s *StripeWebhook) event(c *gin.Context) (stripe.Event, bool) {
	payload, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return stripe.Event{}, false
	}
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), s.Secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return stripe.Event{}, false
	}
	return evt, true
}

// Enqueue acknowledges and leaves shipping to the worker.
func (s *StripeWebhook) Enqueue(c *gin.Context) {
	evt, ok := s.event(c)
	if !ok {
		return
	}
	var sess stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &sess); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	payload, _ := json.Marshal(fulfilPayload{EventID: evt.ID, OrderID: sess.ClientReferenceID})
	if _, err := s.Queue.Enqueue(asynq.NewTask(TaskFulfil, payload), asynq.TaskID(evt.ID)); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// ShipNow claims the event in Redis, then ships in a goroutine.
func (s *StripeWebhook) ShipNow(c *gin.Context) {
	evt, ok := s.event(c)
	if !ok {
		return
	}
	var sess stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &sess); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	fresh, err := s.Redis.SetNX(c, "stripe:event:"+evt.ID, 1, 72*time.Hour).Result()
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if !fresh {
		c.Status(http.StatusOK)
		return
	}
	go func(orderID string) {
		if err := s.Warehouse.ShipOrder(context.Background(), orderID); err != nil {
			log.Printf("ship %s: %v", orderID, err)
		}
	}(sess.ClientReferenceID)
	c.Status(http.StatusOK)
}

// ShipAsync ships in a goroutine without remembering the event.
func (s *StripeWebhook) ShipAsync(c *gin.Context) {
	evt, ok := s.event(c)
	if !ok {
		return
	}
	var sess stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &sess); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	go func() {
		_ = s.Warehouse.ShipOrder(context.Background(), sess.ClientReferenceID) // want "\\[webhookdedupe\\] "
	}()
	c.Status(http.StatusOK)
}

// Disputed refunds the charge of a disputed payment, keyed by the event.
func (s *StripeWebhook) Disputed(c *gin.Context) {
	evt, ok := s.event(c)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	params := &stripe.RefundParams{PaymentIntent: stripe.String(pi.ID)}
	params.IdempotencyKey = stripe.String("refund-" + evt.ID)
	if _, err := refund.New(params); err != nil { // want "\\[webhookack\\] "
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Failed refunds the partial capture of a failed payment.
func (s *StripeWebhook) Failed(c *gin.Context) {
	evt, ok := s.event(c)
	if !ok {
		return
	}
	if evt.Type != stripe.EventTypePaymentIntentPaymentFailed {
		c.Status(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if _, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(pi.ID)}); err != nil { // want "\\[webhookdedupe\\] " "\\[webhookack\\] "
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
