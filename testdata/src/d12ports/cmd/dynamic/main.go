// Command dynamic picks the ledger at run time through a function of its
// own returning the interface: the binding is not resolved, so the open
// route is silent.
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

func ledger(db *sql.DB) billing.Ledger {
	if os.Getenv("DRY_RUN") != "" {
		return logs.Ledger{}
	}
	return pgledger.New(db)
}

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	gw := &psphooks.Gateway{Invoices: billing.NewService(ledger(db), logs.Notes{})}
	r := gin.New()
	r.POST("/gateway/notify", gw.Notify)
	_ = r.Run(":8084")
}
