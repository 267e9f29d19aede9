// Package groups: echo and fiber webhook groups behind verifying
// middleware, stripe-go v72 webhooks and return pages.
package groups

import (
	"bytes"
	"io"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"
	"github.com/stripe/stripe-go/v72/webhook"
)

type Orders struct{}

func (Orders) FulfillOrder(id string) error { return nil }

var orders Orders

func verifyEcho(secret string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			body, err := io.ReadAll(c.Request().Body)
			if err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			if _, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), secret); err != nil {
				return echo.NewHTTPError(http.StatusBadRequest, "bad signature")
			}
			c.Request().Body = io.NopCloser(bytes.NewReader(body))
			return next(c)
		}
	}
}

func verifyFiber(secret string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if _, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), secret); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		return c.Next()
	}
}

func Echo(e *echo.Echo, secret string) {
	g := e.Group("/webhooks", verifyEcho(secret))
	g.POST("/stripe", func(c echo.Context) error {
		return orders.FulfillOrder(c.QueryParam("ref"))
	})
	e.POST("/stripe/webhook", func(c echo.Context) error {
		return orders.FulfillOrder(c.FormValue("ref"))
	}, verifyEcho(secret))
}

func Fiber(app *fiber.App, secret string) {
	hooks := app.Group("/webhooks", verifyFiber(secret))
	hooks.Post("/stripe", func(c *fiber.Ctx) error {
		return orders.FulfillOrder(c.Query("ref"))
	})
	app.Post("/payments/webhook", verifyFiber(secret), func(c *fiber.Ctx) error {
		return orders.FulfillOrder(c.Query("ref"))
	})
}

func V72(mux *http.ServeMux, secret string) {
	mux.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if ev.Type == "checkout.session.completed" {
			_ = orders.FulfillOrder(ev.ID)
		}
	})
	mux.HandleFunc("/order/success", func(w http.ResponseWriter, r *http.Request) {
		s, err := session.Get(r.URL.Query().Get("session_id"), nil)
		if err != nil {
			http.Error(w, "try again", http.StatusBadGateway)
			return
		}
		if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			http.Redirect(w, r, "/order/pending", http.StatusSeeOther)
			return
		}
		_ = orders.FulfillOrder(s.ClientReferenceID)
	})
}
