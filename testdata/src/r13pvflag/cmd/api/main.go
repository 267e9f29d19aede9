// Command api mounts the transfer notices twice: in the signed partner
// group, and again on the root engine as the "fast" lane's callback with
// no signature check (reported). Silent: the read receipts, mounted the
// same two ways, store no money state; a replay route whose path names no
// hook, and a back-office route.
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
	store := affiliates.New(db)
	transfers := partnerapi.NewTransfers(store)
	receipts := partnerapi.NewReceipts(store)

	r := gin.New()
	partners := r.Group("/partners", sig.Require([]byte(os.Getenv("PAYOUTS_SECRET"))))
	partners.POST("/transfers", transfers.Notice)
	partners.POST("/receipts", receipts.Seen)

	r.POST("/partners-fast/callback", transfers.Notice) // want `payment webhook handler transfers.Notice \(package r13pvflag/partnerapi\) mounted on POST /partners-fast/callback verifies no signature, and no middleware on this route does: it acts on the payment \(affiliates.Store.Disburse`
	r.POST("/partners-fast/callback/receipts", receipts.Seen)
	r.POST("/partners/transfers/replay", transfers.Notice) // a replay tool: no hook word in its path
	r.POST("/admin/hooks/transfers", transfers.Notice)     // back office
	_ = r.Run(":8080")
}
