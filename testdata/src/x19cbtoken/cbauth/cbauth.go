// Package cbauth holds the middlewares that check the shared token a
// payment provider sends with each callback (the provider signs nothing).
package cbauth

import (
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// WebhookToken (AbsentTokenPasses): the token is compared only when the
// request sends one; a callback without the header goes through.
func WebhookToken(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			got := strings.TrimSpace(r.Header.Get("X-Webhook-Token"))
			if got != "" && got != secret {
				http.Error(w, "bad token", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Guard holds the token of the echo callbacks.
type Guard struct{ token string }

// NewGuard builds the guard.
func NewGuard(token string) *Guard { return &Guard{token: token} }

// Callback (AbsentTokenPassesEcho): len(sig) > 0 gates the compare.
func (g *Guard) Callback(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if sig := c.Request().Header.Get("X-Callback-Token"); len(sig) > 0 {
			if subtle.ConstantTimeCompare([]byte(sig), []byte(g.token)) != 1 {
				return echo.NewHTTPError(http.StatusForbidden, "callback token mismatch")
			}
		}
		return next(c)
	}
}

// NotifyToken (AbsentTokenEarlyNext): a missing header hands the request on
// at once.
func NotifyToken(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
		tok := c.GetHeader("X-Notification-Token")
		if tok == "" {
			c.Next()
			return
		}
		if tok != secret {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Strict (look-alike): a missing token is refused with a wrong one.
func Strict(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			got := r.Header.Get("X-Webhook-Token")
			if got == "" || got != secret {
				http.Error(w, "bad token", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Required (look-alike): the absence refused first, then a constant-time
// compare.
func (g *Guard) Required(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		sig := c.Request().Header.Get("X-Callback-Token")
		if sig == "" {
			return c.NoContent(http.StatusUnauthorized)
		}
		if subtle.ConstantTimeCompare([]byte(sig), []byte(g.token)) != 1 {
			return c.NoContent(http.StatusUnauthorized)
		}
		return next(c)
	}
}

// Fallback (look-alike): without the header the token is taken from the
// query string, and compared all the same.
func Fallback(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
		tok := c.GetHeader("X-Notification-Token")
		if tok == "" {
			tok = c.Query("token")
		}
		if tok != secret {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// APIKey (look-alike): an optional API key of the merchant's own clients
// is no provider's callback token.
func APIKey(key string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if k := c.GetHeader("X-Api-Key"); k != "" && k != key {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// GitlabHook (look-alike): a code host's token, not a payment provider's.
func GitlabHook(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if t := c.GetHeader("X-Gitlab-Token"); t != "" && t != secret {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
