package alipay

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/gofiber/fiber/v2"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit5/gaming/social"
)

// NotifyHandler answers Alipay's async notifications (form POST; the body
// "success" stops the redeliveries).
type NotifyHandler struct {
	gw      *Client
	orders  *mongo.Collection
	players *mongo.Collection
	push    *social.Push
}

// NewNotifyHandler wires the handler.
func NewNotifyHandler(gw *Client, db *mongo.Database, push *social.Push) *NotifyHandler {
	return &NotifyHandler{gw: gw, orders: db.Collection("orders"), players: db.Collection("players"), push: push}
}

// Register mounts the notify_url endpoints.
func (h *NotifyHandler) Register(app *fiber.App) {
	g := app.Group("/notify/alipay")
	g.Post("/gems", h.Gems)
	g.Post("/pass", h.BattlePass)
}

type topUp struct {
	ID       string `bson:"_id"`
	PlayerID string `bson:"player_id"`
	Gems     int64  `bson:"gems"`
	Status   string `bson:"status"`
}

func (h *NotifyHandler) verified(c *fiber.Ctx) (url.Values, bool) {
	form, err := url.ParseQuery(string(c.Body()))
	if err != nil {
		return nil, false
	}
	if err := h.gw.VerifyNotify(form); err != nil {
		return nil, false
	}
	return form, true
}

// Gems credits a gem top-up.
func (h *NotifyHandler) Gems(c *fiber.Ctx) error {
	form, ok := h.verified(c)
	if !ok {
		return c.Status(fiber.StatusBadRequest).SendString("fail")
	}
	if form.Get("trade_status") != "TRADE_SUCCESS" {
		return c.SendString("success")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var o topUp
	if err := h.orders.FindOne(ctx, bson.M{"_id": form.Get("out_trade_no")}).Decode(&o); err != nil {
		return c.Status(http.StatusInternalServerError).SendString("fail")
	}
	_, err := h.players.UpdateOne(ctx, bson.M{"_id": o.PlayerID}, bson.M{"$inc": bson.M{"gems": o.Gems}}) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(mongo.Collection.UpdateOne: gems \\+= …\\) on every delivery of the event"
	if err != nil {
		return c.Status(http.StatusInternalServerError).SendString("fail")
	}
	_, _ = h.orders.UpdateOne(ctx, bson.M{"_id": o.ID}, bson.M{"$set": bson.M{"status": "paid", "trade_no": form.Get("trade_no")}})
	h.push.Send(ctx, o.PlayerID, "Your gems have arrived!") // want "\\[webhookack\\] webhook handler calls social.Push.Send"
	return c.SendString("success")
}

// BattlePass unlocks the season pass: only the delivery that flips the
// order from pending to paid unlocks it.
func (h *NotifyHandler) BattlePass(c *fiber.Ctx) error {
	form, ok := h.verified(c)
	if !ok {
		return c.Status(fiber.StatusBadRequest).SendString("fail")
	}
	if form.Get("trade_status") != "TRADE_SUCCESS" {
		return c.SendString("success")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	res, err := h.orders.UpdateOne(ctx,
		bson.M{"_id": form.Get("out_trade_no"), "status": "pending"},
		bson.M{"$set": bson.M{"status": "paid", "trade_no": form.Get("trade_no")}})
	if err != nil {
		return c.Status(http.StatusInternalServerError).SendString("fail")
	}
	if res.ModifiedCount == 1 {
		var o topUp
		if err := h.orders.FindOne(ctx, bson.M{"_id": form.Get("out_trade_no")}).Decode(&o); err == nil {
			_, _ = h.players.UpdateOne(ctx, bson.M{"_id": o.PlayerID}, bson.M{"$set": bson.M{"battlepass.s12": true}})
		}
	}
	return c.SendString("success")
}
