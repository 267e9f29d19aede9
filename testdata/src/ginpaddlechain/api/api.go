// Package api: a translation service's gin API; Paddle's webhooks pass
// route middlewares that run the SDK's verifying net/http middleware (or
// its Verify) over gin's chain.
package api

import (
	"database/sql"
	"log"
	"net/http"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
	"github.com/gin-gonic/gin"
)

type API struct {
	db *sql.DB
}

type event struct {
	EventType string `json:"event_type"`
	Data      struct {
		ID         string `json:"id"`
		CustomData struct {
			AccountID string `json:"account_id"`
		} `json:"custom_data"`
	} `json:"data"`
}

func (a *API) Mount(r *gin.Engine, secret string) {
	v := paddle.NewWebhookVerifier(secret)
	r.POST("/billing/paddle/events", signedChain(v), a.upgrade)
	r.POST("/billing/paddle/events-flagged", signedChainStopped(v), a.upgradeFlagged)
	r.POST("/billing/paddle/events-after", signedChainAbortAfter(v), a.upgradeAfter)
	r.POST("/billing/paddle/events-verify", verifyOrStop(v), a.upgradeVerified)
	r.POST("/billing/paddle/events-verify-logged", verifyAndWarn(v), a.upgradeWarned)
	r.GET("/account/usage", logOnly(), a.usage)
}

// signedChain runs the SDK's middleware over gin's chain; on a bad
// signature the SDK writes 400/403 and skips c.Next, but nothing aborts:
// gin runs upgrade anyway.
func signedChain(v *paddle.WebhookVerifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		h := v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			c.Next()
		}))
		h.ServeHTTP(c.Writer, c.Request)
	}
}

// signedChainStopped aborts when the SDK did not pass the request on.
func signedChainStopped(v *paddle.WebhookVerifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		passed := false
		v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			passed = true
			c.Next()
		})).ServeHTTP(c.Writer, c.Request)
		if !passed {
			c.Abort()
		}
	}
}

// signedChainAbortAfter aborts once the SDK's handler returns: after a
// pass the chain has already run, after a refusal it stops here.
func signedChainAbortAfter(v *paddle.WebhookVerifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		next := func(w http.ResponseWriter, r *http.Request) { c.Next() }
		v.Middleware(http.HandlerFunc(next)).ServeHTTP(c.Writer, c.Request)
		c.Abort()
	}
}

// verifyOrStop calls Verify itself and aborts on a refusal.
func verifyOrStop(v *paddle.WebhookVerifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		ok, err := v.Verify(c.Request)
		if err != nil || !ok {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "signature"})
			return
		}
		c.Next()
	}
}

// verifyAndWarn answers 403 and returns, but never aborts: gin carries on.
func verifyAndWarn(v *paddle.WebhookVerifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		ok, err := v.Verify(c.Request)
		if err != nil || !ok {
			c.JSON(http.StatusForbidden, gin.H{"error": "signature"})
			return
		}
		c.Next()
	}
}

// logOnly logs and passes on; the route is no webhook.
func logOnly() gin.HandlerFunc {
	return func(c *gin.Context) {
		log.Printf("%s %s", c.Request.Method, c.Request.URL.Path)
		c.Next()
	}
}

func (a *API) grantPro(c *gin.Context, ev event) {
	if ev.EventType != "subscription.created" {
		return
	}
	if _, err := a.db.ExecContext(c.Request.Context(), `UPDATE accounts SET plan = 'pro', status = 'active' WHERE id = $1`, ev.Data.CustomData.AccountID); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "db"})
		return
	}
	c.Status(http.StatusOK)
}

func (a *API) upgrade(c *gin.Context) {
	var ev event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "body"})
		return
	}
	a.grantPro(c, ev) // want `payment webhook /billing/paddle/events acts on the payment .* without verifying`
}

func (a *API) upgradeFlagged(c *gin.Context) {
	var ev event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "body"})
		return
	}
	a.grantPro(c, ev)
}

func (a *API) upgradeAfter(c *gin.Context) {
	var ev event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "body"})
		return
	}
	a.grantPro(c, ev)
}

func (a *API) upgradeVerified(c *gin.Context) {
	var ev event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "body"})
		return
	}
	a.grantPro(c, ev)
}

func (a *API) upgradeWarned(c *gin.Context) {
	var ev event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "body"})
		return
	}
	a.grantPro(c, ev) // want `payment webhook /billing/paddle/events-verify-logged acts on the payment .* without verifying`
}

func (a *API) usage(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"used": 0})
}
