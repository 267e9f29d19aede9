// Package api is the rider- and driver-facing HTTP API.
package api

import (
	"crypto/subtle"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// XenditToken rejects a callback whose x-callback-token is not ours.
func XenditToken(token string) gin.HandlerFunc {
	return func(c *gin.Context) {
		got := c.GetHeader("x-callback-token")
		if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// AccessLog logs one line per request.
func AccessLog(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		log.Info("http", "method", c.Request.Method, "path", c.Request.URL.Path, "took", time.Since(start))
	}
}

// RiderAuth reads the rider id the gateway put in a header.
func RiderAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader("X-Rider-Id")
		if id == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set("rider", id)
		c.Next()
	}
}
