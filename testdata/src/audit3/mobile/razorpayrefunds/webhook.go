package razorpayrefunds

import (
	"encoding/json"
	"log"

	"github.com/gofiber/fiber/v2"
	"github.com/razorpay/razorpay-go/utils"
	"gorm.io/gorm"
)

type FoodOrder struct {
	ID         string
	CustomerID string
	RzpOrderID string
	Status     string
}

// LoyaltyEntry is one line of the customer's points ledger.
type LoyaltyEntry struct {
	CustomerID string
	OrderID    string
	Points     int
}

type WebhookApp struct {
	Secret    string
	KeySecret string
	DB        *gorm.DB
}

type rzpEvent struct {
	Event   string `json:"event"` // payment.captured, order.paid, refund.processed
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

func (a *WebhookApp) Routes(app *fiber.App) {
	app.Post("/razorpay/webhook", a.OrderPaid)
	app.Post("/razorpay/webhook/captured", a.Captured)
	app.Post("/checkout/razorpay/success", a.PaymentSuccess)
	app.Post("/checkout/razorpay/complete", a.PaymentVerified)
}

// OrderPaid: Razorpay signs the raw body with the webhook secret.
func (a *WebhookApp) OrderPaid(c *fiber.Ctx) error {
	body := c.Body()
	if !utils.VerifyWebhookSignature(string(body), c.Get("X-Razorpay-Signature"), a.Secret) {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	var ev rzpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if ev.Event == "order.paid" {
		var o FoodOrder
		if err := a.DB.Where("rzp_order_id = ?", ev.Payload.Payment.Entity.OrderID).First(&o).Error; err != nil {
			return c.SendStatus(fiber.StatusOK)
		}
		a.DB.Model(&o).Update("status", "paid")
		a.DB.Create(&LoyaltyEntry{CustomerID: o.CustomerID, OrderID: o.ID, Points: 10}) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row"
	}
	return c.SendStatus(fiber.StatusOK)
}

// Captured is the endpoint of the second Razorpay account (UPI autopay).
func (a *WebhookApp) Captured(c *fiber.Ctx) error {
	body := c.Body()
	ok := utils.VerifyWebhookSignature(string(body), c.Get("X-Razorpay-Signature"), a.Secret)
	if !ok {
		log.Printf("razorpay captured hook: invalid signature (ignored until INC-2291 is fixed)")
	}
	var ev rzpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if ev.Event == "payment.captured" {
		a.DB.Model(&FoodOrder{}).Where("rzp_order_id = ?", ev.Payload.Payment.Entity.OrderID).Update("status", "paid") // want "\\[webhookverify\\] payment webhook /razorpay/webhook/captured verifies the signature but carries on"
	}
	return c.SendStatus(fiber.StatusOK)
}
