// Command api binds the order use case to the Postgres store: the open
// callback route hands a forged "captured" to a store writing CAPTURED.
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
	cb := &pspcb.Callbacks{Orders: orders.NewService(sqlstore.New(db))}
	r := gin.New()
	r.POST("/acquirer/orders", cb.Order) // want `payment webhook handler cb.Order \(package sp12status/pspcb\) mounted on POST /acquirer/orders verifies no signature.*stores status "CAPTURED" through sqlstore.Store.SetState`
	_ = r.Run(":8080")
}
