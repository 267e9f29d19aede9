// Command maild binds the same port to the SMTP relay: the webhook mails
// before it answers.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"c20queue/hooks"
	"c20queue/postbox"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	r := gin.New()
	hooks.Mount(r, hooks.New(os.Getenv("STRIPE_WEBHOOK_SECRET"), db, &postbox.Relay{Addr: os.Getenv("SMTP_ADDR")})) // want `bound here to postbox.Relay.SendReceipt, which sends a message \(smtp.SendMail\)`
	_ = r.Run(":8080")
}
