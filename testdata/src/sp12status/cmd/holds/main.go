// Command holds binds a use case that only stores PENDING or FAILED:
// silent.
package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"

	"sp12status/orders"
	"sp12status/pspcb"
	"sp12status/sqlstore"
)

func main() {
	db, _ := sqlx.Connect("postgres", os.Getenv("DSN"))
	cb := &pspcb.Callbacks{Orders: orders.NewHolds(sqlstore.New(db))}
	r := gin.New()
	r.POST("/acquirer/orders", cb.Order)
	_ = r.Run(":8080")
}
