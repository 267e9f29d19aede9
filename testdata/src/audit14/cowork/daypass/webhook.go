package daypass

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"
)

// Crediter grants referral credit to a member.
type Crediter interface {
	Credit(ctx context.Context, memberID string) error
}

// Webhook receives PayPal notifications for day-pass orders.
type Webhook struct {
	pp        *paypal.Client
	webhookID string
	passes    Passes
	credits   Crediter
}

// NewWebhook returns the PayPal webhook handler.
func NewWebhook(pp *paypal.Client, webhookID string, passes Passes, credits Crediter) *Webhook {
	return &Webhook{pp: pp, webhookID: webhookID, passes: passes, credits: credits}
}

type ppEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID                string `json:"id"`
		Status            string `json:"status"`
		SupplementaryData struct {
			RelatedIDs struct {
				OrderID string `json:"order_id"`
			} `json:"related_ids"`
		} `json:"supplementary_data"`
	} `json:"resource"`
}

// Notify handles PAYMENT.CAPTURE.* events.
func (h *Webhook) Notify(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
	if _, err := h.pp.VerifyWebhookSignature(c, c.Request, h.webhookID); err != nil {
		log.Printf("paypal webhook: verify: %v", err)
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var ev ppEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	orderID := ev.Resource.SupplementaryData.RelatedIDs.OrderID
	switch ev.EventType {
	case "PAYMENT.CAPTURE.COMPLETED":
		if err := h.passes.ActivatePass(c, orderID); err != nil { // want "\\[webhookverify\\] payment webhook Webhook.Notify checks only the error of paypal Client.VerifyWebhookSignature"
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		pass, err := h.passes.PassByOrder(c, orderID)
		if err == nil && pass.ReferrerID != "" {
			if err := h.credits.Credit(c, pass.ReferrerID); err != nil { // audit: reported at cmd/server/main.go:171 (webhookdedupe, where main binds members.Referrals; the referrer is read from the pass looked up by the event's order id: i16_lookupwired.go, wire_bind.go repeat): Crediter is wired in main to members.Referrals, whose Credit runs UPDATE members SET credit_cents = credit_cents + $1; every redelivery of PAYMENT.CAPTURE.COMPLETED credits the referrer again (KeyStone "handle webhooks idempotently"; Exirom dedupe on transactionId + status)
				log.Printf("paypal webhook: referral credit %s: %v", pass.ReferrerID, err)
			}
		}
	case "PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.REFUNDED":
		log.Printf("paypal webhook: order %s %s", orderID, ev.EventType)
	}
	c.Status(http.StatusOK)
}
