// Package adyenweb serves the Adyen-facing HTTP endpoints: standard
// notifications and the page guests return to after a payment link.
package adyenweb

import (
	"log"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/gin-gonic/gin"

	"audit15/hotel/booking"
	"audit15/hotel/ops"
)

// Config holds the Adyen settings for the notification endpoint.
type Config struct {
	HMACKey string
	// Sandbox is set on the staging stack, whose test notifications
	// from the Customer Area carry no HMAC signature.
	Sandbox bool
}

// Handler serves Adyen notifications and return pages.
type Handler struct {
	cfg     Config
	stays   booking.Stays
	loyalty booking.Loyalty
	channel *ops.ChannelManager
}

// NewHandler returns the Adyen handler.
func NewHandler(cfg Config, stays booking.Stays, loyalty booking.Loyalty, channel *ops.ChannelManager) *Handler {
	return &Handler{cfg: cfg, stays: stays, loyalty: loyalty, channel: channel}
}

type notificationRequest struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		NotificationRequestItem webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// Notifications handles Adyen's standard notifications.
func (h *Handler) Notifications(c *gin.Context) {
	var req notificationRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	for _, wrapped := range req.NotificationItems {
		item := wrapped.NotificationRequestItem
		if !h.cfg.Sandbox && !hmacvalidator.ValidateHmac(item, h.cfg.HMACKey) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		if err := h.stays.MarkDepositPaid(ctx, item.MerchantReference, item.PspReference); err != nil { // want "\\[webhookverify\\] payment webhook Handler.Notifications verifies the signature only on some paths \\(a condition skips it\\)"
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		stay, err := h.stays.ByRef(ctx, item.MerchantReference)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		points := booking.PointsFor(item.Amount.Value)
		if err := h.loyalty.Credit(ctx, stay.GuestID, points, "deposit "+item.PspReference); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(booking.Loyalty.Credit, handed the event.s amount\\) on every delivery"
			log.Printf("adyen: loyalty for %s: %v", stay.Ref, err)
		}
		if err := h.channel.PushAvailability(ctx, stay.PropertyID); err != nil { // want "\\[webhookack\\] webhook handler calls ops.ChannelManager.PushAvailability, which calls an external API \\(http.Client.Do\\) before answering"
			log.Printf("adyen: availability push for %s: %v", stay.PropertyID, err)
		}
	}
	c.String(http.StatusOK, "[accepted]")
}
