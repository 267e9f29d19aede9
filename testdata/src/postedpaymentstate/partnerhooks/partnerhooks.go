// Package partnerhooks serves the callbacks of the shop's payment and
// delivery partners; cmd wiring (partnerapp) mounts them.
package partnerhooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"postedpaymentstate/orderstore"
)

// Bookings is what the partner callbacks change.
type Bookings interface {
	MarkPaid(ctx context.Context, id string) error
	SetStatus(ctx context.Context, id, status string) error
}

// Partners holds the partner callbacks.
type Partners struct {
	Orders   *orderstore.Orders
	Bookings Bookings
	Log      *slog.Logger
}

type voucherEvent struct {
	Type string `json:"type"`
	Data struct {
		Object struct {
			ID            string            `json:"id"`
			PaymentStatus string            `json:"payment_status"`
			Metadata      map[string]string `json:"metadata"`
		} `json:"object"`
	} `json:"data"`
}

// VoucherEvents receives the cash-voucher provider's order events
// (fiber): the posted payment_status is stored on the order.
func (h *Partners) VoucherEvents(c *fiber.Ctx) error {
	var evt voucherEvent
	if err := json.Unmarshal(c.Body(), &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	obj := evt.Data.Object
	if err := h.Orders.SetStatus(c.UserContext(), obj.Metadata["order_id"], obj.PaymentStatus); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}

type orderNotice struct {
	Token             string `json:"orderToken"`
	Status            string `json:"status"`
	MerchantReference string `json:"merchantReference"`
}

// InstalmentOrder receives the pay-later provider's order status changes
// (echo): an approved order marks the booking paid.
func (h *Partners) InstalmentOrder(c echo.Context) error {
	var n orderNotice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	switch n.Status {
	case "APPROVED", "CAPTURED":
		if err := h.Bookings.MarkPaid(ctx, n.MerchantReference); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	case "DECLINED":
		_ = h.Bookings.SetStatus(ctx, n.MerchantReference, "cancelled")
	}
	return c.NoContent(http.StatusOK)
}

type walletNotice struct {
	Result  string `json:"result"`
	OrderID string `json:"orderId"`
}

// WalletResult receives the wallet's result report (gin): anything but
// SUCCESS is ignored, SUCCESS marks the order paid.
func (h *Partners) WalletResult(c *gin.Context) {
	var r walletNotice
	if err := c.ShouldBindJSON(&r); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if r.Result != "SUCCESS" {
		c.Status(http.StatusOK)
		return
	}
	if err := h.Orders.MarkPaid(c.Request.Context(), r.OrderID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// VoucherEventsChecked is VoucherEvents that reads the payment back from
// the provider and stores what the provider says.
func (h *Partners) VoucherEventsChecked(c *fiber.Ctx) error {
	var evt voucherEvent
	if err := json.Unmarshal(c.Body(), &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	obj := evt.Data.Object
	pi, err := paymentintent.Get(obj.ID, nil)
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	if err := h.Orders.SetStatus(c.UserContext(), obj.Metadata["order_id"], string(pi.Status)); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}

type noteForm struct {
	OrderID string `json:"order_id"`
	Note    string `json:"note"`
	Status  string `json:"status"`
}

// PartnerNote is the partner portal's form (its session is checked by
// the portal's bearer token): it stores a note, never a payment state.
func (h *Partners) PartnerNote(c echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return c.NoContent(http.StatusUnauthorized)
	}
	var f noteForm
	if err := c.Bind(&f); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if f.Status == "approved" {
		return h.Orders.SetNote(c.Request().Context(), f.OrderID, f.Note)
	}
	return c.NoContent(http.StatusOK)
}

// VoucherEventsLogged only logs what was posted, and stores that the
// delivery was received.
func (h *Partners) VoucherEventsLogged(c *fiber.Ctx) error {
	var evt voucherEvent
	if err := json.Unmarshal(c.Body(), &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	obj := evt.Data.Object
	h.Log.Info("voucher event", "order", obj.Metadata["order_id"], "payment_status", obj.PaymentStatus)
	if err := h.Orders.SetStatus(c.UserContext(), obj.Metadata["order_id"], "received"); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}

type codReport struct {
	CollectionID string `json:"collection_id"`
	OrderID      string `json:"order_id"`
	Status       string `json:"status"`
}

// CourierCOD is the courier app's cash-on-delivery report: the courier,
// not a payment provider, tells that cash was collected.
func (h *Partners) CourierCOD(c *fiber.Ctx) error {
	var r codReport
	if err := c.BodyParser(&r); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if err := h.Orders.MarkPaid(c.UserContext(), r.OrderID); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}

// CourierStatus copies the courier's delivery status onto the order.
func (h *Partners) CourierStatus(c *fiber.Ctx) error {
	var r codReport
	if err := c.BodyParser(&r); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if err := h.Orders.SetStatus(c.UserContext(), r.OrderID, r.Status); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}
