package ckopay

import (
	"errors"
	"log"

	"github.com/gofiber/fiber/v2"

	"audit13/foodhub/domain"
)

// Register mounts the app's checkout endpoints.
func (g *Gateway) Register(r fiber.Router) {
	r.Post("/orders/:id/pay", g.pay)
	r.Get("/orders/:id/status", g.orderStatus)
	r.Get("/checkout/success", g.success)
	r.Get("/checkout/failure", g.failure)
}

func (g *Gateway) pay(c *fiber.Ctx) error {
	ctx := c.UserContext()
	o, err := g.orders.Get(ctx, c.Params("id"))
	if errors.Is(err, domain.ErrNotFound) {
		return fiber.NewError(404, "no such order")
	}
	if err != nil {
		return err
	}
	if o.Status != domain.OrderPending {
		return c.Status(409).JSON(fiber.Map{"status": o.Status})
	}
	resp, err := g.Authorize(ctx, o)
	if err != nil {
		log.Printf("authorize %s: %v", o.ID, err)
		return fiber.NewError(fiber.StatusBadGateway, "payment unavailable")
	}
	if err := g.orders.SetProviderRef(ctx, o.ID, resp.Id); err != nil {
		return err
	}
	return c.JSON(fiber.Map{"payment_id": resp.Id, "status": resp.Status})
}

func (g *Gateway) orderStatus(c *fiber.Ctx) error {
	o, err := g.orders.Get(c.UserContext(), c.Params("id"))
	if err != nil {
		return fiber.NewError(404, "no such order")
	}
	return c.JSON(fiber.Map{"status": o.Status, "paid": o.Status == domain.OrderPaid})
}

// success is where Checkout.com sends the customer after 3-D Secure.
func (g *Gateway) success(c *fiber.Ctx) error {
	orderID := c.Query("reference")
	if c.Query("cko-session-id") == "" || orderID == "" {
		return fiber.NewError(fiber.StatusBadRequest, "missing session")
	}
	if err := g.orders.ConfirmPayment(c.UserContext(), orderID); err != nil {
		log.Printf("confirm %s: %v", orderID, err)
	}
	return c.Redirect("foodhub://orders/" + orderID + "?result=ok")
}

func (g *Gateway) failure(c *fiber.Ctx) error {
	orderID := c.Query("reference")
	log.Printf("3ds failed for order %s", orderID)
	return c.Redirect("foodhub://orders/" + orderID + "?result=failed")
}
