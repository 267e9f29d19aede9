// Package echofiber: webhooks on echo and fiber.
package echofiber

import (
	"crypto/hmac"
	"crypto/sha256"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"
)

//paylint:fulfillment
func creditWallet(id string) error { return nil }

const secret = "whsec"

func Register(e *echo.Echo, app *fiber.App) {
	e.POST("/webhooks/wallet", walletBehindMiddleware, verifyEcho)
	e.POST("/webhooks/wallet-open", walletUnverified)
	e.POST("/webhooks/wallet-async", walletAsyncAfterVerify)
	app.Post("/notify", verifyFiber, fiberBehindMiddleware)
	app.Post("/pay/notify-open", fiberUnverified)
}

// verifyEcho is echo middleware: next runs only for a valid signature.
func verifyEcho(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		body := []byte(c.FormValue("payload"))
		if err := webhook.ValidatePayload(body, c.Request().Header.Get("Stripe-Signature"), secret); err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "bad signature")
		}
		return next(c)
	}
}

func walletBehindMiddleware(c echo.Context) error {
	return creditWallet(c.FormValue("wallet"))
}

func walletUnverified(c echo.Context) error {
	return creditWallet(c.FormValue("wallet")) // want `payment webhook /webhooks/wallet-open acts on the payment .* without verifying`
}

// walletAsyncAfterVerify answers 200 first and processes in a goroutine,
// after the signature was verified.
func walletAsyncAfterVerify(c echo.Context) error {
	body := []byte(c.FormValue("payload"))
	if _, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), secret); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	go func() {
		creditWallet(string(body))
	}()
	return c.NoContent(http.StatusOK)
}

// verifyFiber is fiber middleware checking an HMAC.
func verifyFiber(c *fiber.Ctx) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(c.Body())
	if !hmac.Equal(mac.Sum(nil), []byte(c.Get("X-Signature"))) {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	return c.Next()
}

func fiberBehindMiddleware(c *fiber.Ctx) error {
	return creditWallet(string(c.Body()))
}

func fiberUnverified(c *fiber.Ctx) error {
	return creditWallet(string(c.Body())) // want `payment webhook /pay/notify-open acts on the payment`
}

// Global middleware: every route of these apps is verified first.
func RegisterGlobal() {
	e := echo.New()
	e.Use(verifyEcho)
	e.POST("/webhooks/global", walletGlobal)

	app := fiber.New()
	app.Use("/hooks", verifyFiber)
	app.Post("/hooks/notify", fiberGlobal)
}

func walletGlobal(c echo.Context) error {
	return creditWallet(c.FormValue("wallet"))
}

func fiberGlobal(c *fiber.Ctx) error {
	return creditWallet(string(c.Body()))
}
