// Command ginmain mounts the gin hook in main: with a verifying route
// middleware silent, without one reported.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"

	"webhookverify/crosspkg/store"
	"webhookverify/mounts/hooks"
)

func verify(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		sig, _ := hex.DecodeString(c.GetHeader("PSP-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// requestID tags the request: it verifies nothing.
func requestID(c *gin.Context) {
	log.Println(c.GetHeader("X-Request-ID"))
	c.Next()
}

func main() {
	h := &hooks.Handler{Orders: &store.Store{}}
	r := gin.Default()
	r.POST("/hooks/paypal", verify([]byte(os.Getenv("PSP_SECRET"))), h.Paypal)
	r.POST("/hooks/paypal-open", requestID, h.Paypal) // want `payment webhook handler h.Paypal \(package webhookverify/mounts/hooks\) mounted on POST /hooks/paypal-open verifies no signature`
	_ = r.Run(":8080")
}
