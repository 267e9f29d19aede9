package hooks

import (
	"log/slog"

	"github.com/gofiber/fiber/v2"

	"audit25/cryptomerch/cards"
	"audit25/cryptomerch/store"
)

type stripeHooks struct {
	secret   string
	orders   *store.Orders
	loyalty  *store.Loyalty
	receipts chan<- Receipt
}

func (h *stripeHooks) handle(c *fiber.Ctx) error {
	ctx := c.UserContext()
	ev, err := cards.ParseEvent(c.Body(), c.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if ev.Type != "checkout.session.completed" {
		return c.SendStatus(fiber.StatusOK)
	}
	obj, err := cards.ObjectOf(ev)
	if err != nil || obj.PaymentStatus != "paid" {
		return c.SendStatus(fiber.StatusOK)
	}
	switch obj.Metadata["kind"] {
	case "drop":
		orderID := obj.Metadata["order_id"]
		won, err := h.orders.ClaimPaid(ctx, orderID) // audit: lookalike webhookverify: ParseEvent (cards) is stripe webhook.ConstructEvent and its failure returns 400 before this write
		if err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		if !won {
			return c.SendStatus(fiber.StatusOK)
		}
		o, err := h.orders.Get(ctx, orderID)
		if err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		if err := h.orders.TakeStock(ctx, o.DropID, o.Quantity); err != nil { // audit: lookalike webhookdedupe: only the delivery that moved the order from pending to paid (ClaimPaid's rows affected) reaches the stock decrement
			slog.Error("stock", "order", o.ID, "err", err)
		}
		h.receipts <- Receipt{OrderID: o.ID, Email: o.Email, Cents: o.AmountCents} // audit: lookalike webhookack: the receipt goes on a channel a worker drains; nothing slow before the 200
	case "topup":
		if err := h.loyalty.Credit(ctx, obj.ClientRef, obj.AmountTotal); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Loyalty\\.Credit: mongo\\.Collection\\.UpdateOne:"
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
