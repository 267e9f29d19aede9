package webhooks

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/mercadopago/sdk-go/pkg/webhook"

	"audit24/pharmacy24/platform"
)

type mpNotification struct {
	Action string `json:"action"`
	Type   string `json:"type"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

// MercadoPago validates the notification and leaves the payment lookup to the
// mp.payments consumer.
type MercadoPago struct {
	secret string
	queue  *platform.Queue
}

func NewMercadoPago(secret string, q *platform.Queue) (*MercadoPago, error) {
	if secret == "" {
		return nil, errors.New("webhooks: mercado pago secret is required")
	}
	return &MercadoPago{secret: secret, queue: q}, nil
}

func (h *MercadoPago) Handle(c *gin.Context) {
	var n mpNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	dataID := c.Query("data.id")
	if dataID == "" {
		dataID = n.Data.ID
	}
	if err := webhook.ValidateSignature(c.GetHeader("x-signature"), c.GetHeader("x-request-id"), dataID, h.secret); err != nil { // audit: lookalike webhookverify: x-signature checked with the required secret and refused on error
		c.Status(http.StatusUnauthorized)
		return
	}
	if n.Type != "payment" {
		c.Status(http.StatusOK)
		return
	}
	msg, _ := json.Marshal(map[string]string{"payment_id": dataID, "action": n.Action})
	if err := h.queue.Publish(c.Request.Context(), "mp.payments", msg); err != nil { // audit: lookalike webhookack: only a local publish before the 200; the consumer reads the payment
		c.Status(http.StatusServiceUnavailable)
		return
	}
	c.Status(http.StatusOK)
}
