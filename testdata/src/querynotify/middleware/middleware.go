// Package middleware holds the shop's gin middleware: none verifies a
// provider's signature.
package middleware

import (
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
)

// RateLimitIP refuses a client address seen too often.
func RateLimitIP() gin.HandlerFunc {
	var mu sync.Mutex
	seen := map[string]int{}
	return func(c *gin.Context) {
		mu.Lock()
		seen[c.Request.RemoteAddr]++
		n := seen[c.Request.RemoteAddr]
		mu.Unlock()
		if n > 100 {
			c.AbortWithStatus(http.StatusTooManyRequests)
			return
		}
		c.Next()
	}
}
