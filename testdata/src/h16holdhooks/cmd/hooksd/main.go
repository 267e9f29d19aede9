// Command hooksd binds the deposit hooks to Postgres.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"h16holdhooks/hooks"
	"h16holdhooks/pg"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	r := gin.New()
	hooks.New(pg.NewDeposits(db), pg.NewDeposits(db), os.Getenv("STRIPE_WEBHOOK_SECRET")).Register(r)
	_ = r.Run(":8080")
}
