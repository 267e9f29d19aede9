// Command signed mounts the charge notices behind the processor's HMAC.
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
	g.POST("/processor/charges", psp.Signed([]byte(os.Getenv("PROCESSOR_SECRET"))), p.Charge)
	g.Run(":8080")
}
