package hooks

import (
	"log/slog"

	"github.com/gofiber/fiber/v2"

	"audit21/salons/oxxo"
	"audit21/salons/store"
)

// Oxxo handles the cash-voucher aggregator's notifications.
type Oxxo struct {
	Sales *store.Sales
	Gifts *store.GiftCards
	Log   *slog.Logger
}

// Notify is POST /hooks/oxxo.
func (h *Oxxo) Notify(c *fiber.Ctx) error {
	var evt oxxo.Event
	if err := c.BodyParser(&evt); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "bad body")
	}
	ctx := c.UserContext()
	switch evt.Type {
	case "voucher.paid":
		v, err := h.Sales.VoucherByRef(ctx, evt.Voucher.Reference)
		if err != nil {
			return fiber.NewError(fiber.StatusNotFound, "unknown voucher")
		}
		if err := h.Sales.SetVoucherStatus(ctx, v.Reference, oxxo.StatusPaid); err != nil {
			return err
		}
		if v.SaleID != nil {
			if err := h.Sales.MarkPaid(ctx, v.ProviderID); err != nil {
				return err
			}
		}
		if err := h.Sales.RecordCash(ctx, 0, v.Reference, evt.Voucher.Amount, "MXN"); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store\\.Sales\\.RecordCash:"
			return err
		}
	case "voucher.expired":
		if err := h.Sales.SetVoucherStatus(ctx, evt.Voucher.Reference, oxxo.StatusExpired); err != nil {
			return err
		}
	default:
		h.Log.Debug("oxxo event ignored", "type", evt.Type)
	}
	return c.SendStatus(200)
}
