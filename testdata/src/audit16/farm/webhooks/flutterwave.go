package webhooks

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"audit16/farm/sign"

	"github.com/gofiber/fiber/v2"
)

// SubscriptionCredits tops up a subscriber's remaining boxes.
type SubscriptionCredits interface {
	AddCredits(ctx context.Context, subID int64, boxes int) error
}

type flwEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID     int64  `json:"id"`
		TxRef  string `json:"tx_ref"`
		FlwRef string `json:"flw_ref"`
		Status string `json:"status"`
	} `json:"data"`
}

// Flutterwave handles Flutterwave events for Ghanaian buyers.
type Flutterwave struct {
	secretHash string
	orders     OrderPayments
	subs       SubscriptionCredits
}

// NewFlutterwave returns the Flutterwave webhook handler.
func NewFlutterwave(secretHash string, orders OrderPayments, subs SubscriptionCredits) *Flutterwave {
	return &Flutterwave{secretHash: secretHash, orders: orders, subs: subs}
}

// parseSubRef reads "sub-<id>-<boxes>-<date>".
func parseSubRef(ref string) (int64, int, bool) {
	parts := strings.Split(ref, "-")
	if len(parts) < 3 || parts[0] != "sub" {
		return 0, 0, false
	}
	id, err1 := strconv.ParseInt(parts[1], 10, 64)
	boxes, err2 := strconv.Atoi(parts[2])
	return id, boxes, err1 == nil && err2 == nil
}

// Handle applies one Flutterwave event.
func (h *Flutterwave) Handle(c *fiber.Ctx) error {
	body := c.Body()
	if !sign.FlutterwaveValid(body, c.Get("flutterwave-signature"), h.secretHash) {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var ev flwEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if ev.Event != "charge.completed" || ev.Data.Status != "successful" {
		return c.SendStatus(fiber.StatusOK)
	}
	ctx := c.UserContext()
	if subID, boxes, ok := parseSubRef(ev.Data.TxRef); ok {
		if err := h.subs.AddCredits(ctx, subID, boxes); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		return c.SendStatus(fiber.StatusOK)
	}
	if err := h.orders.MarkPaid(ctx, ev.Data.TxRef, ev.Data.FlwRef); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}
