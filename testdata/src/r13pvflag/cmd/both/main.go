// Command both mounts the transfer notices twice, each behind the
// signature check (silent).
package main

import (
	"os"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"r13pvflag/affiliates"
	"r13pvflag/partnerapi"
	"r13pvflag/sig"
)

func main() {
	db, _ := gorm.Open(nil)
	transfers := partnerapi.NewTransfers(affiliates.New(db))
	verify := sig.Require([]byte(os.Getenv("PAYOUTS_SECRET")))

	r := gin.New()
	r.Group("/partners", verify).POST("/transfers", transfers.Notice)
	r.POST("/partners-fast/callback", verify, transfers.Notice)
	_ = r.Run(":8082")
}
