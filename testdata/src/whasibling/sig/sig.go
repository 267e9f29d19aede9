// Package sig holds the middleware of the routes packages: one checks the
// payment network's HMAC, the other only a staff token.
package sig

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Require aborts with 401 unless X-Net-Signature is the HMAC of the body.
func Require(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		want, _ := hex.DecodeString(c.GetHeader("X-Net-Signature"))
		if !hmac.Equal(mac.Sum(nil), want) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		c.Next()
	}
}

// Staff lets only the operations team's token through.
func Staff(token string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") != "Bearer "+token {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// EchoRequire is Require for echo.
func EchoRequire(secret []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			body, _ := io.ReadAll(c.Request().Body)
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			want, _ := hex.DecodeString(c.Request().Header.Get("X-Net-Signature"))
			if !hmac.Equal(mac.Sum(nil), want) {
				return c.NoContent(http.StatusUnauthorized)
			}
			c.Request().Body = io.NopCloser(bytes.NewReader(body))
			return next(c)
		}
	}
}
