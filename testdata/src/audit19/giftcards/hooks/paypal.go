// Package hooks receives the payment providers' notifications.
package hooks

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/plutov/paypal/v4"

	"audit19/giftcards/domain"
)

// Claimer takes a notification id once.
type Claimer interface {
	Claim(ctx context.Context, id string) (bool, error)
}

// PayPal handles PayPal webhooks on the hertz server.
type PayPal struct {
	client    *paypal.Client
	webhookID string
	claims    Claimer
	orders    domain.OrderStore
	queue     domain.IssueQueue
}

// NewPayPal builds the PayPal webhook handler.
func NewPayPal(c *paypal.Client, webhookID string, claims Claimer, orders domain.OrderStore, q domain.IssueQueue) *PayPal {
	return &PayPal{client: c, webhookID: webhookID, claims: claims, orders: orders, queue: q}
}

type paypalEvent struct {
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
		CustomID string `json:"custom_id"`
	} `json:"resource"`
}

var paypalHeaders = []string{
	"Paypal-Auth-Algo", "Paypal-Cert-Url", "Paypal-Transmission-Id",
	"Paypal-Transmission-Sig", "Paypal-Transmission-Time",
}

// Handle is mounted on POST /webhooks/paypal.
func (h *PayPal) Handle(c context.Context, ctx *app.RequestContext) {
	raw := ctx.GetRawData()
	req, err := http.NewRequestWithContext(c, http.MethodPost, "/webhooks/paypal", bytes.NewReader(raw))
	if err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	for _, k := range paypalHeaders {
		req.Header.Set(k, string(ctx.GetHeader(k)))
	}
	if _, err := h.client.VerifyWebhookSignature(c, req, h.webhookID); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var ev paypalEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	first, err := h.claims.Claim(c, "paypal:"+ev.ID)
	if err != nil {
		ctx.AbortWithStatus(http.StatusServiceUnavailable)
		return
	}
	if !first {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	if ev.EventType == "PAYMENT.CAPTURE.COMPLETED" && ev.Resource.Status == "COMPLETED" {
		orderID := ev.Resource.CustomID
		if err := h.orders.MarkPaid(c, orderID); err != nil { // want "\\[webhookverify\\] payment webhook PayPal.Handle checks only the error of paypal Client.VerifyWebhookSignature"
			ctx.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		h.queue.EnqueueIssue(orderID)
	}
	ctx.SetStatusCode(http.StatusOK)
}
