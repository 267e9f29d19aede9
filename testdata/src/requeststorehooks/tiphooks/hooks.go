// Package tiphooks receives Paystack events on echo: the route's
// middleware checks x-paystack-signature and hands the parsed event to
// the handler in echo's request store.
package tiphooks

import (
	"crypto/hmac"
	"crypto/sha512"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

const eventKey = "paystack.event"

// ChargeEvent is a Paystack event.
type ChargeEvent struct {
	Event string `json:"event"`
	Data  struct {
		Reference string `json:"reference"`
	} `json:"data"`
}

// Signed rejects a request whose x-paystack-signature is not the
// HMAC-SHA512 of the body, and stores the event for the handler.
func Signed(secret string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			body, err := io.ReadAll(c.Request().Body)
			if err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			mac := hmac.New(sha512.New, []byte(secret))
			mac.Write(body)
			if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Request().Header.Get("x-paystack-signature"))) {
				return c.NoContent(http.StatusUnauthorized)
			}
			var ev ChargeEvent
			if err := json.Unmarshal(body, &ev); err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			c.Set(eventKey, &ev)
			return next(c)
		}
	}
}

// TipHooks settles tips.
type TipHooks struct{ DB *sql.DB }

// ChargeSuccess marks a tip paid; the event is the one Signed verified.
func (t *TipHooks) ChargeSuccess(c echo.Context) error {
	ev, ok := c.Get(eventKey).(*ChargeEvent)
	if !ok || ev.Event != "charge.success" {
		return c.NoContent(http.StatusOK)
	}
	if _, err := t.DB.ExecContext(c.Request().Context(), `UPDATE tips SET status = 'paid' WHERE reference = $1`, ev.Data.Reference); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
