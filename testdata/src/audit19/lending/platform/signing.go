package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

// PaystackSignature returns echo middleware that checks the
// x-paystack-signature header (HMAC-SHA512 of the raw body).
func PaystackSignature(secret string) echo.MiddlewareFunc {
	if secret == "" {
		panic("platform: empty paystack secret")
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			body, err := io.ReadAll(io.LimitReader(req.Body, 1<<20))
			if err != nil {
				return echo.NewHTTPError(http.StatusBadRequest)
			}
			mac := hmac.New(sha512.New, []byte(secret))
			mac.Write(body)
			want := hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(req.Header.Get("x-paystack-signature"))) {
				return echo.NewHTTPError(http.StatusUnauthorized, "bad signature")
			}
			req.Body = io.NopCloser(bytes.NewReader(body))
			return next(c)
		}
	}
}
