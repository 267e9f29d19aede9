// Command cmd serves the gateway notifications: the open route is
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

	"wirehooks/ginapp/gatewayhooks"
	"wirehooks/ginapp/orders"
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
	gw := &gatewayhooks.Gateway{Orders: orders.NewBook(db)}
	r := gin.New()
	r.POST("/gateway/notify", gw.Notify) // want `payment webhook handler gw.Notify \(package wirehooks/ginapp/gatewayhooks\) mounted on POST /gateway/notify verifies no signature, and no middleware on this route does: it acts on the payment through gatewayhooks.Confirmer.Confirm \(gatewayhooks.go:35\), which orders.Book.Confirm, bound here`
	v2 := r.Group("/v2", signed([]byte(os.Getenv("GATEWAY_SECRET"))))
	v2.POST("/gateway/notify", gw.Notify)
	_ = r.Run(":8080")
}
