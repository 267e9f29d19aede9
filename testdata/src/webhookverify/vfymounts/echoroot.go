// Package vfymounts: one handler mounted on several routes of its own
// package, some behind a verifying middleware and some not (echo, gin,
// chi, fiber). The handler is reported at its effect, naming the route
// outside the verifying chain.
package vfymounts

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

type settlement struct {
	Reference string `json:"reference"`
	State     string `json:"state"`
}

// Settlements applies a PSP's settlement notices.
type Settlements struct{ db *sql.DB }

// checkSignature is echo middleware: next runs only for a valid HMAC.
func checkSignature(key []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			raw, err := io.ReadAll(c.Request().Body)
			if err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			mac := hmac.New(sha256.New, key)
			mac.Write(raw)
			want, _ := hex.DecodeString(c.Request().Header.Get("X-Psp-Hmac"))
			if !hmac.Equal(mac.Sum(nil), want) {
				return c.NoContent(http.StatusForbidden)
			}
			c.Request().Body = io.NopCloser(bytes.NewReader(raw))
			return next(c)
		}
	}
}

// accessLog verifies nothing.
func accessLog(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error { return next(c) }
}

func (s *Settlements) Settled(c echo.Context) error {
	var n settlement
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.State == "settled" {
		if _, err := s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference); err != nil { // want `payment webhook /partner/settled acts on the payment \(paid state stored by sql.DB.Exec\) without verifying`
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// MountEcho: the group made with its middleware covers its routes; the
// same handler added to the root afterwards is not covered.
func MountEcho(e *echo.Echo, s *Settlements, key []byte) {
	psp := e.Group("/webhooks/psp", checkSignature(key))
	psp.POST("/settled", s.Settled)
	e.POST("/partner/settled", s.Settled)
}
