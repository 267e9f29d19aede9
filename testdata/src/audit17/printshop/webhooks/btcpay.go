package webhooks

import (
	"encoding/json"

	"github.com/gofiber/fiber/v2"

	"audit17/printshop/cryptopay"
	"audit17/printshop/store"
)

// BTCPay handles BTCPay Server webhooks.
type BTCPay struct {
	Secret     string
	Orders     *store.Orders
	Deliveries *store.Deliveries
	Queue      PrintQueue
}

type btcpayEvent struct {
	DeliveryID string `json:"deliveryId"`
	Type       string `json:"type"`
	InvoiceID  string `json:"invoiceId"`
	Metadata   struct {
		OrderID string `json:"orderId"`
	} `json:"metadata"`
}

// Mount registers the webhook on the fiber app.
func (h *BTCPay) Mount(app *fiber.App) {
	app.Post("/webhooks/btcpay", h.handle)
}

func (h *BTCPay) handle(c *fiber.Ctx) error {
	body := c.Body()
	if sig := c.Get("BTCPay-Sig"); sig != "" {
		if err := cryptopay.VerifyBTCPay(body, sig, h.Secret); err != nil {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
	}
	var ev btcpayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	first, err := h.Deliveries.FirstTime(ctx, "btcpay", ev.DeliveryID)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if !first {
		return c.SendStatus(fiber.StatusOK)
	}
	if ev.Type == "InvoiceSettled" {
		if err := h.Orders.MarkPaid(ctx, ev.Metadata.OrderID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/btcpay skips signature verification when the request sends no BTCPay-Sig header"
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		if err := h.Queue.Enqueue(ctx, ev.Metadata.OrderID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
