// Command mixed builds the service twice, once on Postgres and once on
// the logging ledger: the bindings disagree, so the route is silent.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"d12ports/billing"
	"d12ports/logs"
	"d12ports/pgledger"
	"d12ports/psphooks"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	live := billing.NewService(pgledger.New(db), logs.Notes{})
	dry := billing.NewService(logs.Ledger{}, logs.Notes{})
	gw := &psphooks.Gateway{Invoices: live}
	if os.Getenv("DRY_RUN") != "" {
		gw = &psphooks.Gateway{Invoices: dry}
	}
	r := gin.New()
	r.POST("/gateway/notify", gw.Notify)
	_ = r.Run(":8082")
}
