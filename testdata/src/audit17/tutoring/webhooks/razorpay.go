// Package webhooks receives payment notifications from the providers.
package webhooks

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"audit17/tutoring/media"
	"audit17/tutoring/store"
)

// SignatureVerifier checks a provider's webhook signature.
type SignatureVerifier interface {
	VerifyWebhook(body []byte, signature, secret string) error
}

// Razorpay handles Razorpay webhooks (orders and payment links).
type Razorpay struct {
	verifier SignatureVerifier
	secret   string
	bookings *store.Bookings
	rooms    *media.Rooms
}

// NewRazorpay returns the Razorpay webhook handler.
func NewRazorpay(v SignatureVerifier, secret string, b *store.Bookings, rooms *media.Rooms) *Razorpay {
	return &Razorpay{verifier: v, secret: secret, bookings: b, rooms: rooms}
}

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Status  string `json:"status"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

// Handle processes payment.captured events.
func (h *Razorpay) Handle(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.verifier.VerifyWebhook(body, c.GetHeader("X-Razorpay-Signature"), h.secret); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if evt.Event != "payment.captured" {
		c.Status(http.StatusOK)
		return
	}
	ctx := c.Request.Context()
	b, err := h.bookings.ByProviderRef(ctx, evt.Payload.Payment.Entity.OrderID)
	if err != nil {
		c.Status(http.StatusOK)
		return
	}
	if err := h.bookings.MarkPaid(ctx, b.ID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if b.Credits > 0 {
		if err := h.bookings.GrantCredits(ctx, b.StudentID, b.Credits); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Bookings.GrantCredits"
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	if b.TutorID != 0 {
		pctx, cancel := context.WithTimeout(ctx, 8*time.Second)
		defer cancel()
		if _, err := h.rooms.Provision(pctx, b.ID, b.StartsAt); err != nil { // want "\\[webhookack\\] webhook handler calls media.Rooms.Provision"
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
