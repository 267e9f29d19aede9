package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// TokenVerifier checks a fan's session token and returns the fan id.
type TokenVerifier func(token string) (string, error)

// SessionAuth requires a valid fan session.
func SessionAuth(verify TokenVerifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		tok := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		fan, err := verify(tok)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "sign in again"})
			return
		}
		c.Set("fan_id", fan)
		c.Next()
	}
}
