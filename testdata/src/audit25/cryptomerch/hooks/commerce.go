package hooks

import (
	"encoding/json"
	"log/slog"

	"github.com/gofiber/fiber/v2"

	"audit25/cryptomerch/commerce"
	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/shop"
	"audit25/cryptomerch/store"
)

type commerceHooks struct {
	verify *platform.HMACVerifier
	events *store.Events
	orders *store.Orders
	drops  *shop.Drops
}

func (h *commerceHooks) handle(c *fiber.Ctx) error {
	ctx := c.UserContext()
	body := c.Body()
	if err := h.verify.Verify(body, c.Get(commerce.SignatureHeader)); err != nil {
		slog.Warn("commerce webhook: bad signature")
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var ev commerce.Event
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	fresh, err := h.events.Record(ctx, "commerce", ev.Event.ID)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if !fresh {
		return c.SendStatus(fiber.StatusOK)
	}
	ch, err := ev.ChargeOf()
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	switch ev.Event.Type {
	case "charge:confirmed", "charge:resolved":
		o, err := h.orders.ByCharge(ctx, ch.Code)
		if err != nil {
			slog.Warn("commerce webhook: unknown charge", "code", ch.Code)
			return c.SendStatus(fiber.StatusOK)
		}
		if err := h.orders.MarkPaid(ctx, o.ID); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/commerce skips signature verification when the secret"
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		if err := h.drops.Release(ctx, o); err != nil { // want "\\[webhookack\\] webhook handler calls shop\\.Drops\\.Release, which calls shop\\.Minter\\.Issue,"
			slog.Error("mint failed", "order", o.ID, "err", err)
		}
	case "charge:failed":
		slog.Info("charge failed", "code", ch.Code)
	}
	return c.SendStatus(fiber.StatusOK)
}
