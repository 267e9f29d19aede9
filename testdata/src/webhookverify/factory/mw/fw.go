package mw // want package:"handler model"

import (
	"io"
	"log"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// GinSigned returns a gin middleware that aborts on a bad signature.
func GinSigned(secret []byte) gin.HandlerFunc { // want GinSigned:"verifying middleware"
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil || !valid(secret, body, c.GetHeader("X-Signature")) {
			c.AbortWithStatus(401)
			return
		}
		c.Next()
	}
}

// GinLogged logs and goes on.
func GinLogged(prefix string) gin.HandlerFunc {
	return func(c *gin.Context) {
		log.Print(prefix)
		c.Next()
	}
}

// EchoSigned returns an echo middleware.
func EchoSigned(secret []byte) echo.MiddlewareFunc { // want EchoSigned:"verifying middleware"
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			r := c.Request()
			body, _ := io.ReadAll(r.Body)
			if !valid(secret, body, r.Header.Get("X-Signature")) {
				return echo.NewHTTPError(401, "invalid signature")
			}
			return next(c)
		}
	}
}

// FiberSigned returns a fiber middleware.
func FiberSigned(secret []byte) fiber.Handler { // want FiberSigned:"verifying middleware"
	return func(c *fiber.Ctx) error {
		if !valid(secret, c.Body(), c.Get("X-Signature")) {
			return c.SendStatus(401)
		}
		return c.Next()
	}
}

// FiberLogged logs and goes on.
func FiberLogged(prefix string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		log.Print(prefix)
		return c.Next()
	}
}
