// Command echoapi mounts the echo handler, which verifies the HMAC
// itself, on an open route: silent.
package main

import (
	"database/sql"
	"os"

	"github.com/labstack/echo/v4"

	"d12ports/billing"
	"d12ports/echohooks"
	"d12ports/logs"
	"d12ports/pgledger"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	gw := &echohooks.Gateway{Secret: []byte(os.Getenv("GATEWAY_SECRET")),
		Invoices: billing.NewService(pgledger.New(db), logs.Notes{})}
	e := echo.New()
	e.POST("/gateway/notify", gw.Notify)
	_ = e.Start(":8083")
}
