// Command mirror binds a use case storing the event's own status: no
// constant paid state reaches the store, silent.
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
	cb := &pspcb.Callbacks{Orders: orders.NewMirror(sqlstore.New(db))}
	r := gin.New()
	r.POST("/acquirer/orders", cb.Order)
	_ = r.Run(":8080")
}
