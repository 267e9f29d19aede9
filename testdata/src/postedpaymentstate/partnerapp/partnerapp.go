// Package partnerapp mounts the partner callbacks on the storefront's
// fiber app, the partners' echo server and the wallet's gin router.
package partnerapp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"postedpaymentstate/partnerhooks"
)

// signedBody refuses a request whose X-Signature is not the HMAC of its
// body with the partner's secret.
func signedBody(secret string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(c.Body())
		if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Get("X-Signature"))) {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		return c.Next()
	}
}

// Storefront mounts the voucher and courier callbacks on the fiber app.
func Storefront(h *partnerhooks.Partners, secret string) *fiber.App {
	app := fiber.New()
	app.Post("/hooks/vouchers", h.VoucherEvents) // want `payment webhook handler h\.VoucherEvents \(package postedpaymentstate/partnerhooks\) mounted on POST /hooks/vouchers verifies no signature, and no middleware on this route does: it stores the payment status the body posts \(the posted status stored by orderstore\.Orders\.SetStatus\)`
	app.Post("/signed/vouchers", signedBody(secret), h.VoucherEvents)
	app.Post("/hooks/vouchers-checked", h.VoucherEventsChecked)
	app.Post("/hooks/vouchers-logged", h.VoucherEventsLogged)
	app.Post("/courier/cod", h.CourierCOD)
	app.Post("/courier/status", h.CourierStatus)
	return app
}

// verifyEcho refuses a request whose X-Signature is not the HMAC of its
// body with the partner's secret.
func verifyEcho(secret string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			body, err := io.ReadAll(c.Request().Body)
			if err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write(body)
			if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Request().Header.Get("X-Signature"))) {
				return c.NoContent(http.StatusUnauthorized)
			}
			return next(c)
		}
	}
}

// requireSession lets in only a signed-in partner user.
func requireSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !strings.HasPrefix(c.Request().Header.Get("Authorization"), "Bearer ") {
			return c.NoContent(http.StatusUnauthorized)
		}
		return next(c)
	}
}

// Partners builds the echo server for the pay-later partner.
func Partners(h *partnerhooks.Partners, secret string) *echo.Echo {
	e := echo.New()
	g := e.Group("/partners")
	g.POST("/instalments/orders", h.InstalmentOrder) // want `payment webhook handler h\.InstalmentOrder \(package postedpaymentstate/partnerhooks\) mounted on POST /partners/instalments/orders verifies no signature, and no middleware on this route does: it marks the payment paid \(partnerhooks\.Bookings\.MarkPaid\) when the posted Status says paid`
	signed := e.Group("/signed", verifyEcho(secret))
	signed.POST("/instalments/orders", h.InstalmentOrder)
	portal := e.Group("/portal")
	portal.Use(requireSession)
	portal.POST("/instalments/orders", h.InstalmentOrder)
	e.POST("/partners/notes", h.PartnerNote)
	return e
}

// requireUser lets in only a signed-in user.
func requireUser() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Wallet builds the wallet's gin router.
func Wallet(h *partnerhooks.Partners) *gin.Engine {
	r := gin.New()
	r.POST("/wallet/result", h.WalletResult) // want `payment webhook handler h\.WalletResult \(package postedpaymentstate/partnerhooks\) mounted on POST /wallet/result verifies no signature, and no middleware on this route does: it marks the payment paid \(orderstore\.Orders\.MarkPaid`
	api := r.Group("/api")
	api.Use(requireUser())
	api.POST("/wallet/result", h.WalletResult)
	return r
}
