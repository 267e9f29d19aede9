// Command giftd serves the gift-card shop.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"r22paidpage/giftdb"
	"r22paidpage/web"
)

func main() {
	conn, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	web.Store = giftdb.DB{Conn: conn}
	r := gin.Default()
	r.POST("/gift-cards/payment-succeeded", web.CardPaid) // want `web.CardPaid, mounted here on /gift-cards/payment-succeeded, a page the buyer.s browser comes back to: order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid: .* \(at web.go:26\)`
	r.POST("/vouchers/payment-succeeded", web.CardPaidChecked)
	r.POST("/gift-cards/receipt", web.Receipt)
	r.POST("/cards/payment-succeeded", web.PendingPaymentSucceeded)
	admin := r.Group("/api/admin", staffOnly)
	admin.POST("/virtual-terminal-payment-succeeded", web.VirtualTerminalPaymentSucceeded)
	_ = r.Run(":8080")
}

// staffOnly lets the back office's session through.
func staffOnly(c *gin.Context) {
	if c.GetHeader("X-Staff-Session") != os.Getenv("STAFF_SESSION") {
		c.AbortWithStatus(401)
	}
}
