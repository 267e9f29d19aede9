// Command api mounts the acquirer's callbacks: the open one acts on the
// payment through the dispatch function with nothing verified.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"w13helperarg/acquirer"
	"w13helperarg/fulfil"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	orders := fulfil.New(db)
	h := &acquirer.Hooks{Orders: orders}
	signed := &acquirer.SignedHooks{Orders: orders, Secret: []byte(os.Getenv("ACQ_SECRET"))}
	r := gin.New()
	r.POST("/webhooks/acquirer", h.Open) // want `payment webhook handler h.Open .*verifies no signature`
	r.POST("/webhooks/acquirer/signed", signed.Handle)
	r.POST("/webhooks/acquirer/inquiry", h.Inquiry)
	_ = r.Run(":8080")
}
