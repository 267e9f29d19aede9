// Package flwguard holds gin middlewares for Flutterwave's webhooks.
// Flutterwave signs nothing: it sends the secret hash set in its
// dashboard in the verif-hash header, and comparing it with ours is the
// verification.
package flwguard

import (
	"crypto/subtle"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

// RequireHash aborts a request whose verif-hash is not the secret hash.
func RequireHash(secretHash string) gin.HandlerFunc {
	if secretHash == "" {
		panic("flwguard: empty secret hash")
	}
	return func(c *gin.Context) {
		if subtle.ConstantTimeCompare([]byte(c.GetHeader("verif-hash")), []byte(secretHash)) != 1 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// WarnHash logs a request whose verif-hash is wrong, and lets it through.
func WarnHash(secretHash string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if subtle.ConstantTimeCompare([]byte(c.GetHeader("verif-hash")), []byte(secretHash)) != 1 {
			log.Print("flutterwave webhook with a wrong verif-hash")
		}
		c.Next()
	}
}

// RequestID tags the request for the logs.
func RequestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Set("request_id", c.GetHeader("X-Request-ID"))
		c.Next()
	}
}
