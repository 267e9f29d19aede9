// Command staff mounts the transfer notices once, open, on a path that
// names no webhook, and once behind a staff token check that verifies no
// provider signature: nothing says the handler serves signed provider
// events (silent).
package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"r13pvflag/affiliates"
	"r13pvflag/partnerapi"
)

func staffOnly(c *gin.Context) {
	if c.GetHeader("X-Staff") != os.Getenv("STAFF_NAME") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Next()
}

func main() {
	db, _ := gorm.Open(nil)
	transfers := partnerapi.NewTransfers(affiliates.New(db))

	r := gin.New()
	r.POST("/partners/callback", transfers.Notice)
	staff := r.Group("/staff", staffOnly)
	staff.POST("/transfers/replay", transfers.Notice)
	_ = r.Run(":8081")
}
