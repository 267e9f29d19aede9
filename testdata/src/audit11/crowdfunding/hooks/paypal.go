package hooks

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"audit11/crowdfunding/domain"
)

// Ledger books money movements.
type Ledger interface {
	Append(ctx context.Context, campaignID, pledgeID, kind string, cents int64) error
}

// OrderCapturer captures approved PayPal orders.
type OrderCapturer interface {
	Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error)
}

// PayPal handles PayPal webhooks.
type PayPal struct {
	sdk       *paypal.Client
	webhookID string
	orders    OrderCapturer
	pledges   domain.PledgeStore
	ledger    Ledger
	log       *slog.Logger
}

func NewPayPal(sdk *paypal.Client, webhookID string, orders OrderCapturer, pledges domain.PledgeStore, ledger Ledger, log *slog.Logger) *PayPal {
	return &PayPal{sdk: sdk, webhookID: webhookID, orders: orders, pledges: pledges, ledger: ledger, log: log}
}

// Register mounts the PayPal webhook on the hooks engine.
func (h *PayPal) Register(r gin.IRouter) {
	r.POST("/webhooks/paypal", h.Handle)
}

type paypalEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Amount struct {
			Value string `json:"value"`
		} `json:"amount"`
		SupplementaryData struct {
			RelatedIDs struct {
				OrderID string `json:"order_id"`
			} `json:"related_ids"`
		} `json:"supplementary_data"`
	} `json:"resource"`
}

// Handle processes one PayPal webhook delivery.
func (h *PayPal) Handle(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
	ctx := c.Request.Context()
	if _, err := h.sdk.VerifyWebhookSignature(ctx, c.Request, h.webhookID); err != nil {
		h.log.Warn("paypal webhook verification", "err", err)
		c.Status(http.StatusBadRequest)
		return
	}
	var ev paypalEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	switch ev.EventType {
	case "PAYMENT.CAPTURE.COMPLETED":
		p, err := h.pledges.ByProviderRef(ctx, ev.Resource.SupplementaryData.RelatedIDs.OrderID)
		if err != nil {
			c.Status(http.StatusOK)
			return
		}
		if err := h.pledges.SetStatus(ctx, p.ID, domain.PledgeCollected); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		_ = h.pledges.SetCaptureRef(ctx, p.ID, ev.Resource.ID)
		cents := toCents(ev.Resource.Amount.Value)
		if err := h.ledger.Append(ctx, p.CampaignID, p.ID, "paypal_capture", cents); err != nil {
			h.log.Error("ledger", "pledge", p.ID, "err", err)
		}
	case "CHECKOUT.ORDER.APPROVED":
		if _, err := h.orders.Capture(ctx, ev.Resource.ID); err != nil {
			h.log.Warn("capture approved order", "order", ev.Resource.ID, "err", err)
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

func toCents(v string) int64 {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0
	}
	return int64(f*100 + 0.5)
}
