// Package checkout serves the app's payment screens: the page the UPI
// gateway redirects back to, and the order tracking page.
package checkout

import (
	"context"

	"github.com/gofiber/fiber/v2"
)

// Orders is the order domain; its implementation lives in package orders.
type Orders interface {
	ConfirmPayment(ctx context.Context, orderID, gatewayTxnID string) error
	PaymentState(ctx context.Context, orderID string) (string, error)
}

// Gateway reads a transaction's state from the UPI gateway.
type Gateway interface {
	Status(ctx context.Context, merchantTxnID string) (string, error)
}

type Handler struct {
	Orders  Orders
	Gateway Gateway
}

// UPIReturn: the gateway POSTs the customer back here with code and
// transactionId form fields.
func (h *Handler) UPIReturn(c *fiber.Ctx) error {
	orderID := c.Params("id")
	if c.FormValue("code") == "PAYMENT_SUCCESS" {
		if err := h.Orders.ConfirmPayment(c.UserContext(), orderID, c.FormValue("transactionId")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from a form value \\(code\\)"
			return err
		}
		return c.Redirect("/orders/" + orderID + "/track")
	}
	return c.Redirect("/orders/" + orderID + "/pay?retry=1")
}

// CardReturn: the card flow lands here; we ask the gateway before trusting it.
func (h *Handler) CardReturn(c *fiber.Ctx) error {
	orderID := c.Params("id")
	code, err := h.Gateway.Status(c.UserContext(), c.Query("txn"))
	if err != nil {
		return c.Status(fiber.StatusBadGateway).SendString("still checking your payment")
	}
	if code == "PAYMENT_SUCCESS" {
		if err := h.Orders.ConfirmPayment(c.UserContext(), orderID, c.Query("txn")); err != nil {
			return err
		}
		return c.Redirect("/orders/" + orderID + "/track")
	}
	return c.Redirect("/orders/" + orderID + "/pay?retry=1")
}

// Track shows the order; the paid badge comes from our own stored state.
func (h *Handler) Track(c *fiber.Ctx) error {
	st, err := h.Orders.PaymentState(c.UserContext(), c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"order": c.Params("id"), "payment": st, "status": c.Query("status")})
}
