// Command logonly runs the notices against a ledger that only logs: the
// use case acts on nothing, so the open route is silent.
package main

import (
	"github.com/gin-gonic/gin"

	"d12ports/billing"
	"d12ports/logs"
	"d12ports/psphooks"
)

func main() {
	gw := &psphooks.Gateway{Invoices: billing.NewService(logs.Ledger{}, logs.Notes{})}
	r := gin.New()
	r.POST("/gateway/notify", gw.Notify)
	_ = r.Run(":8081")
}
