// Command echomain mounts the relay's echo handler: reported on a
// callback route with no verifying middleware next to a sibling route
// that has one; silent inside a verifying group.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"net/http"
	"os"

	"github.com/labstack/echo/v4"

	"webhookverify/routedv11/relay"
)

func signed(secret []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			body, _ := io.ReadAll(c.Request().Body)
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			sig, _ := hex.DecodeString(c.Request().Header.Get("X-Relay-Signature"))
			if !hmac.Equal(mac.Sum(nil), sig) {
				return c.NoContent(http.StatusUnauthorized)
			}
			return next(c)
		}
	}
}

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	secret := []byte(os.Getenv("RELAY_SECRET"))
	rl := &relay.Relay{DB: db, Secret: secret}
	e := echo.New()
	e.POST("/payment-callbacks/relay", rl.Settled, signed(secret))
	e.POST("/payment-callbacks/relay-v2", rl.Settled) // want `payment webhook handler rl.Settled \(package webhookverify/routedv11/relay\) mounted on POST /payment-callbacks/relay-v2 verifies no signature`
	g := e.Group("/webhook", signed(secret))
	g.POST("/relay", rl.Settled)
	_ = e.Start(":8080")
}
