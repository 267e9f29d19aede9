// Command hookd binds the rental hooks to MySQL.
package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/gin-gonic/gin"

	"c15hwired/hooks"
	"c15hwired/pgrows"
)

func main() {
	db, err := sql.Open("mysql", os.Getenv("DSN"))
	if err != nil {
		log.Fatal(err)
	}
	rentals := &pgrows.Rentals{DB: db}
	live := os.Getenv("STRIPE_LIVE") == "1"
	r := gin.New()
	r.POST("/hooks/stripe", hooks.NewCaptures(os.Getenv("STRIPE_WHSEC"), live, rentals).Handle) // want `payment webhook hooks.Captures.Handle verifies the signature only on some paths \(a condition skips it\) before hooks.Rentals.Apply \(hooks.go:65\), bound here to pgrows.Rentals.Apply: stores status "captured"`
	r.POST("/hooks/stripe/holds", hooks.NewHolds(os.Getenv("STRIPE_WHSEC"), live, rentals).Handle)
	r.POST("/hooks/stripe/pinned", hooks.NewPinned(os.Getenv("STRIPE_WHSEC"), rentals).Handle)
	log.Fatal(r.Run(":8080"))
}
