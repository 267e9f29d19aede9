// Command open mounts the processor's handlers with no signature check.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"whahelper/psp"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	p := psp.New(db)
	g := gin.New()
	g.POST("/processor/charges", p.Charge) // want `payment webhook handler p.Charge \(package whahelper/psp\) mounted on POST /processor/charges verifies no signature`
	g.POST("/processor/seen", p.Seen)
	g.Run(":8080")
}
