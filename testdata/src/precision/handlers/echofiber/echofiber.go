// Package echofiber: echo and fiber success pages and verified webhooks.
package echofiber

import (
	"context"
	"io"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/webhook"
	svix "github.com/svix/svix-webhooks/go"
)

type Orders struct{}

func (Orders) Fulfill(ctx context.Context, id string) error { return nil }
func (Orders) Status(ctx context.Context, id string) string { return "" }

var orders Orders

func Echo(e *echo.Echo, secret string, wh *svix.Webhook) {
	e.GET("/checkout/success", func(c echo.Context) error {
		return c.JSON(http.StatusOK, map[string]string{"status": orders.Status(c.Request().Context(), c.QueryParam("order_id"))})
	})
	e.GET("/checkout/return", func(c echo.Context) error {
		s, err := session.Get(c.QueryParam("session_id"), nil)
		if err != nil {
			return echo.NewHTTPError(http.StatusBadGateway, err.Error())
		}
		if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			return c.Redirect(http.StatusSeeOther, "/checkout/pending")
		}
		if err := orders.Fulfill(c.Request().Context(), s.ClientReferenceID); err != nil {
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/orders/"+s.ClientReferenceID)
	})
	e.POST("/webhooks/stripe", func(c echo.Context) error {
		body, err := io.ReadAll(c.Request().Body)
		if err != nil {
			return c.NoContent(http.StatusBadRequest)
		}
		ev, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), secret)
		if err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "bad signature")
		}
		if ev.Type == stripe.EventTypeCheckoutSessionCompleted {
			return orders.Fulfill(c.Request().Context(), ev.ID)
		}
		return c.NoContent(http.StatusOK)
	})
	e.POST("/webhooks/svix", func(c echo.Context) error {
		body, _ := io.ReadAll(c.Request().Body)
		if err := wh.Verify(body, c.Request().Header); err != nil {
			return c.NoContent(http.StatusUnauthorized)
		}
		return orders.Fulfill(c.Request().Context(), string(body))
	})
}

func Fiber(app *fiber.App, secret string) {
	app.Get("/payment/success", func(c *fiber.Ctx) error {
		return c.SendString("thanks, your order " + c.Query("order_id") + " is being processed")
	})
	app.Post("/webhook/stripe", func(c *fiber.Ctx) error {
		ev, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), secret)
		if err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		switch ev.Type {
		case stripe.EventTypeCheckoutSessionCompleted, stripe.EventTypePaymentIntentSucceeded:
			if err := orders.Fulfill(context.Background(), ev.ID); err != nil {
				return err
			}
		}
		return c.SendStatus(fiber.StatusOK)
	})
	app.Get("/checkout/complete", func(c *fiber.Ctx) error {
		s, err := session.Get(c.Query("session_id"), nil)
		if err != nil || s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			return c.Redirect("/checkout/pending")
		}
		_ = orders.Fulfill(context.Background(), s.ClientReferenceID)
		return c.Redirect("/thanks")
	})
}
