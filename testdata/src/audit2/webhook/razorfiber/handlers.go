package razorfiber

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/razorpay/razorpay-go/utils"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Amount  int64  `json:"amount"`
				Notes   struct {
					UserID string `json:"user_id"`
				} `json:"notes"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

// OrderPaid: the signature check is skipped when no secret is configured
// (so local runs work).
func (d *Deps) OrderPaid(c *fiber.Ctx) error {
	body := c.Body()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	sig := c.Get("X-Razorpay-Signature")
	if d.Cfg.WebhookSecret != "" && !utils.VerifyWebhookSignature(string(body), sig, d.Cfg.WebhookSecret) {
		return c.SendStatus(http.StatusUnauthorized)
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if evt.Event != "payment.captured" {
		return c.SendStatus(fiber.StatusOK)
	}
	p := evt.Payload.Payment.Entity
	_, err := d.Orders.UpdateOne(ctx, bson.M{"razorpay_order_id": p.OrderID}, // want "\\[webhookverify\\] "
		bson.M{"$set": bson.M{"status": "paid", "paid_at": time.Now()}})
	if err != nil {
		return c.SendStatus(http.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}

// Credits buys credit packs; the event id is recorded before crediting.
func (d *Deps) Credits(c *fiber.Ctx) error {
	body := c.Body()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if !utils.VerifyWebhookSignature(string(body), c.Get("X-Razorpay-Signature"), d.Cfg.WebhookSecret) {
		return c.SendStatus(http.StatusUnauthorized)
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	p := evt.Payload.Payment.Entity
	eventID := c.Get("X-Razorpay-Event-Id")
	if _, err := d.Events.InsertOne(ctx, bson.M{"_id": eventID, "payment": p.ID}); err != nil {
		if mongo.IsDuplicateKeyError(err) {
			return c.SendStatus(fiber.StatusOK)
		}
		return c.SendStatus(http.StatusInternalServerError)
	}
	_, err := d.Users.UpdateOne(ctx, bson.M{"_id": p.Notes.UserID},
		bson.M{"$inc": bson.M{"credits": p.Amount / 100}})
	if err != nil {
		return c.SendStatus(http.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}

// Tips adds a tip to the creator's balance.
func (d *Deps) Tips(c *fiber.Ctx) error {
	body := c.Body()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if !utils.VerifyWebhookSignature(string(body), c.Get("X-Razorpay-Signature"), d.Cfg.WebhookSecret) {
		return c.SendStatus(http.StatusUnauthorized)
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	p := evt.Payload.Payment.Entity
	if _, err := d.Users.UpdateOne(ctx, bson.M{"_id": p.Notes.UserID}, // want "\\[webhookdedupe\\] "
		bson.M{"$inc": bson.M{"balance": p.Amount}}); err != nil {
		return c.SendStatus(http.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}
