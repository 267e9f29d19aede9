// Command api serves the gateway's settlement notices: the open route is
// reported, the one in the signed group is not.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"

	"d12ports/billing"
	"d12ports/logs"
	"d12ports/pgledger"
	"d12ports/psphooks"
)

func signed(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		sig, _ := hex.DecodeString(c.GetHeader("X-Gateway-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	svc := billing.NewService(pgledger.New(db), logs.Notes{})
	gw := &psphooks.Gateway{Invoices: svc}
	r := gin.New()
	r.POST("/gateway/notify", gw.Notify) // want `payment webhook handler gw.Notify \(package d12ports/psphooks\) mounted on POST /gateway/notify verifies no signature, and no middleware on this route does: it acts on the payment through psphooks.Applier.Apply \(psphooks.go:35\), which billing.Service.Apply, bound here, performs \(paid state stored by sql.DB.ExecContext, through billing.Ledger.Record \(billing.go:35\) bound here to pgledger.Ledger.Record\)`
	v2 := r.Group("/v2", signed([]byte(os.Getenv("GATEWAY_SECRET"))))
	v2.POST("/gateway/notify", gw.Notify)
	_ = r.Run(":8080")
}
