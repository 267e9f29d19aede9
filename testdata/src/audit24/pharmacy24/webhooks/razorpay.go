// Package webhooks receives payment notifications from Razorpay, Mercado Pago
// and the Pix PSP.
package webhooks

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/razorpay/razorpay-go/utils"

	"audit24/pharmacy24/store"
)

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string            `json:"id"`
				OrderID string            `json:"order_id"`
				Amount  int64             `json:"amount"`
				Status  string            `json:"status"`
				Notes   map[string]string `json:"notes"`
			} `json:"entity"`
		} `json:"payment"`
		Refund struct {
			Entity struct {
				ID        string `json:"id"`
				PaymentID string `json:"payment_id"`
				Amount    int64  `json:"amount"`
			} `json:"entity"`
		} `json:"refund"`
	} `json:"payload"`
}

type Razorpay struct {
	orders *store.Orders
	ledger *store.Ledger
	events *store.Events
	secret string
	log    *slog.Logger
}

func NewRazorpay(orders *store.Orders, ledger *store.Ledger, events *store.Events, secret string) *Razorpay {
	return &Razorpay{orders: orders, ledger: ledger, events: events, secret: secret, log: slog.Default()}
}

func (h *Razorpay) Handle(c *gin.Context) {
	ctx := c.Request.Context()
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if h.secret != "" && !utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), h.secret) { // audit: reported at webhooks/razorpay.go:74, the first paid-state write after the fail-open check (webhookverify): with RAZORPAY_WEBHOOK_SECRET unset (NewRazorpay accepts "") every posted payment.captured marks the order paid unchecked
		c.Status(http.StatusUnauthorized)
		return
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	switch evt.Event {
	case "payment.captured":
		p := evt.Payload.Payment.Entity
		o, err := h.orders.ByProviderRef(ctx, "razorpay", p.OrderID)
		if err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		if err := h.orders.MarkPaid(ctx, o.ID, p.ID); err != nil { // want "\\[webhookverify\\] payment webhook Razorpay\\.Handle skips signature verification when the secret"
			c.Status(http.StatusInternalServerError)
			return
		}
	case "refund.processed":
		r := evt.Payload.Refund.Entity
		first, err := h.events.First(ctx, "razorpay", c.GetHeader("X-Razorpay-Event-Id"))
		if err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		if !first {
			c.Status(http.StatusOK)
			return
		}
		o, err := h.orders.ByProviderRef(ctx, "razorpay-payment", r.PaymentID)
		if err == nil {
			_ = h.ledger.AddRefund(ctx, o.ID, r.ID, r.Amount) // audit: lookalike webhookdedupe: the delivery's event id is claimed with redis SETNX above and repeats return early // want "\\[webhookverify\\] payment webhook Razorpay\\.Handle skips signature verification when the secret"
			_ = h.orders.SetStatus(ctx, o.ID, store.StatusRefunded)
		}
	}
	c.Status(http.StatusOK)
}
