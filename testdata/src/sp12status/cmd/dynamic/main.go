// Command dynamic hands the use case a repo from a function returning
// the interface: the binding is not resolved, silent.
package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"

	"sp12status/orders"
	"sp12status/pspcb"
	"sp12status/sqlstore"
)

func openRepo() orders.Repo {
	db, _ := sqlx.Connect("postgres", os.Getenv("DSN"))
	return sqlstore.New(db)
}

func main() {
	cb := &pspcb.Callbacks{Orders: orders.NewService(openRepo())}
	r := gin.New()
	r.POST("/acquirer/orders", cb.Order)
	_ = r.Run(":8080")
}
