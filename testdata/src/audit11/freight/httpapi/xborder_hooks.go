package httpapi

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"audit11/freight/domain"
	"audit11/freight/store"
	"audit11/freight/xborder"
)

// XBorderNotify receives the cross-border gateway's asynchronous trade
// notifications. Invoice payments use the invoice number as out_trade_no;
// wallet prepayments use "PRE-<shipper id>-<n>".
type XBorderNotify struct {
	key      []byte
	invoices *store.Invoices
}

// NewXBorderNotify returns the notification handler.
func NewXBorderNotify(key []byte, inv *store.Invoices) *XBorderNotify {
	return &XBorderNotify{key: key, invoices: inv}
}

func formParams(body []byte) (map[string]string, error) {
	vals, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(vals))
	for k := range vals {
		out[k] = vals.Get(k)
	}
	return out, nil
}

func cents(amount string) int64 {
	whole, frac, _ := strings.Cut(amount, ".")
	w, _ := strconv.ParseInt(whole, 10, 64)
	f, _ := strconv.ParseInt((frac + "00")[:2], 10, 64)
	return w*100 + f
}

// Handle answers "success" once the notification is processed; the gateway
// keeps notifying until it reads that body.
func (h *XBorderNotify) Handle(c *fiber.Ctx) error {
	params, err := formParams(c.Body())
	if err != nil {
		return c.Status(fiber.StatusBadRequest).SendString("fail")
	}
	if len(h.key) > 0 {
		if err := xborder.VerifyNotify(params, h.key); err != nil {
			return c.Status(fiber.StatusUnauthorized).SendString("fail")
		}
	}
	status := params["trade_status"]
	if status != xborder.TradeSuccess && status != xborder.TradeFinished {
		return c.SendString("success")
	}
	ctx := c.UserContext()
	outTradeNo := params["out_trade_no"]
	amount := cents(params["total_amount"])
	if rest, ok := strings.CutPrefix(outTradeNo, "PRE-"); ok {
		shipperID, _, _ := strings.Cut(rest, "-")
		if err := h.invoices.CreditShipper(ctx, shipperID, amount); err != nil { // want "\\[webhookverify\\] payment webhook XBorderNotify.Handle skips signature verification when the secret is empty \\(fails open\\) before store.Invoices.CreditShipper" "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Invoices.CreditShipper"
			return c.Status(fiber.StatusInternalServerError).SendString("fail")
		}
		return c.SendString("success")
	}
	inv, err := h.invoices.ByNumber(ctx, outTradeNo)
	if err != nil {
		return c.Status(fiber.StatusInternalServerError).SendString("fail")
	}
	if inv.Status == domain.InvoicePaid {
		return c.SendString("success")
	}
	if err := h.invoices.MarkPaid(ctx, inv.ID, params["trade_no"]); err != nil { // want "\\[webhookverify\\] payment webhook XBorderNotify.Handle skips signature verification when the secret is empty \\(fails open\\) before store.Invoices.MarkPaid"
		return c.Status(fiber.StatusInternalServerError).SendString("fail")
	}
	return c.SendString("success")
}
