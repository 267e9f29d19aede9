// Package hooks receives Stripe's checkout events for a poster shop.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Shipper ships a paid order.
type Shipper interface {
	ShipOrder(ctx context.Context, orderID string) error
}

// Stripe handles Stripe webhooks.
type Stripe struct {
	secret  string
	shipper Shipper
}

// NewStripe returns the handler.
func NewStripe(secret string, s Shipper) *Stripe { return &Stripe{secret: secret, shipper: s} }

// Mount registers the handlers.
func (h *Stripe) Mount(r *gin.Engine) {
	r.POST("/webhooks/stripe", h.Completed)
	r.POST("/webhooks/stripe/later", h.Later)
}

type session struct {
	ClientReferenceID string `json:"client_reference_id"`
}

// Completed ships the order before answering.
func (h *Stripe) Completed(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Type != "checkout.session.completed" {
		c.Status(http.StatusOK)
		return
	}
	var s session
	if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.shipper.ShipOrder(c.Request.Context(), s.ClientReferenceID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Later answers first and ships in a goroutine.
func (h *Stripe) Later(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var s session
	if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	c.Status(http.StatusOK)
	go func() { _ = h.shipper.ShipOrder(context.Background(), s.ClientReferenceID) }()
}
