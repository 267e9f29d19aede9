// Command paymentsd wires the ferry shop's webhooks.
package main

import (
	"database/sql"
	"net/http"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/labstack/echo/v4"

	"w24soleread/hooks"
	"w24soleread/molliegw"
	"w24soleread/store"
)

func main() {
	db, _ := sql.Open("postgres", "")
	mc, _ := mollie.NewClient(http.DefaultClient, mollie.NewAPIConfig(true))
	gw := molliegw.New(mc)
	h := &hooks.Hook{
		Payments: gw, // want `calls hooks.Reader.Payment \(hooks.go:57, in hooks.Hook.Twice\), bound here to molliegw.Gateway.Payment, which calls the payment provider \(mollie-go Payments.Get\)` `calls hooks.Reader.Payment \(hooks.go:77, in hooks.Hook.LocalAndWired\), bound here to molliegw.Gateway.Payment`
		Refunds:  gw, // want `calls hooks.Reader.Payment \(hooks.go:61, in hooks.Hook.Twice\), bound here to molliegw.Gateway.Payment`
		Tickets:  store.NewTickets(db),
		Client:   mc,
	}
	e := echo.New()
	h.Register(e)
	_ = e.Start(":8080")
}
