// Command lemon mounts the order handler in a group behind the verifying
// middleware (silent), and on a replay path behind the body keeper that
// checks nothing (reported).
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"whastash/lemonhooks"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	s := lemonhooks.NewService([]byte(os.Getenv("LEMON_SECRET")), db)
	g := gin.New()
	signed := g.Group("/hooks/lemonsqueezy", s.Verify())
	signed.POST("/orders", s.OrderCreated)
	g.POST("/hooks/lemonsqueezy/orders-kept", s.KeepBody(), s.OrderCreated) // want `payment webhook handler s.OrderCreated \(package whastash/lemonhooks\) mounted on POST /hooks/lemonsqueezy/orders-kept verifies no signature`
	g.Run(":8080")
}
