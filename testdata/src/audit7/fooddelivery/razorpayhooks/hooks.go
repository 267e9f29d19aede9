package razorpayhooks

import (
	"encoding/json"
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/razorpay/razorpay-go/utils"
	"gorm.io/gorm"
)

type Config struct {
	WebhookSecret string
}

func ConfigFromEnv() Config { return Config{WebhookSecret: os.Getenv("RZP_WEBHOOK_SECRET")} }

type Hooks struct {
	cfg Config
	db  *gorm.DB
}

func NewHooks(cfg Config, db *gorm.DB) *Hooks { return &Hooks{cfg: cfg, db: db} }

type rzpEvent struct {
	ID      string `json:"id"`
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
	} `json:"payload"`
}

// PaymentCaptured marks the food order paid and releases it to the kitchen.
func (h *Hooks) PaymentCaptured(c *fiber.Ctx) error {
	body := c.Body()
	if h.cfg.WebhookSecret != "" { // local dev runs without a secret
		if !utils.VerifyWebhookSignature(string(body), c.Get("X-Razorpay-Signature"), h.cfg.WebhookSecret) {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	p := evt.Payload.Payment.Entity
	if evt.Event == "payment.captured" {
		h.db.Exec("UPDATE food_orders SET payment_status = 'paid', rzp_payment_id = ? WHERE rzp_order_id = ?", p.ID, p.OrderID) // want "\\[webhookverify\\] payment webhook /hooks/razorpay/payment skips signature verification when the secret is empty"
		h.db.Exec("UPDATE food_orders SET kitchen_state = 'released' WHERE rzp_order_id = ?", p.OrderID)
	}
	return c.SendStatus(fiber.StatusOK)
}

// TipCaptured credits the rider with a tip the customer added after delivery.
func (h *Hooks) TipCaptured(c *fiber.Ctx) error {
	body := c.Body()
	if !utils.VerifyWebhookSignature(string(body), c.Get("X-Razorpay-Signature"), h.cfg.WebhookSecret) {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	p := evt.Payload.Payment.Entity
	if evt.Event == "payment.captured" {
		h.db.Exec("UPDATE riders SET tip_balance = tip_balance + ? WHERE id = ?", p.Amount, p.Notes["rider_id"]) // want "\\[webhookdedupe\\] webhook handler credits the balance"
	}
	return c.SendStatus(fiber.StatusOK)
}

// RefundProcessed credits the refund to the customer's in-app wallet once.
func (h *Hooks) RefundProcessed(c *fiber.Ctx) error {
	body := c.Body()
	if !utils.VerifyWebhookSignature(string(body), c.Get("X-Razorpay-Signature"), h.cfg.WebhookSecret) {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	return h.db.Transaction(func(tx *gorm.DB) error {
		res := tx.Exec("INSERT INTO rzp_events (id, event) VALUES (?, ?) ON CONFLICT (id) DO NOTHING", evt.ID, evt.Event)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return c.SendStatus(fiber.StatusOK) // seen before
		}
		p := evt.Payload.Payment.Entity
		if err := tx.Exec("UPDATE wallets SET balance = balance + ? WHERE customer_id = ?", p.Amount, p.Notes["customer_id"]).Error; err != nil {
			return err
		}
		return c.SendStatus(fiber.StatusOK)
	})
}
