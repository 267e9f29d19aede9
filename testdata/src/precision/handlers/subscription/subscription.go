// Package subscription: billing success pages that grant access from the
// subscription state the webhook stored ("active", trialing), read from
// the merchant's own database.
package subscription

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Subscription struct {
	UserID string
	Status string
	Active bool
}

func (s *Subscription) IsActive() bool { return s.Status == "active" || s.Status == "paid" }

type Store struct{}

func (Store) Subscription(ctx context.Context, user string) (*Subscription, error) { return nil, nil }
func (Store) GrantPremium(ctx context.Context, user string) error                  { return nil }

var store Store

func Register(r *gin.Engine) {
	r.GET("/billing/success", func(c *gin.Context) {
		sub, err := store.Subscription(c, c.GetHeader("X-User"))
		if err != nil {
			c.HTML(http.StatusOK, "pending.html", nil)
			return
		}
		if sub.Status == "active" {
			_ = store.GrantPremium(c, sub.UserID)
		}
		c.HTML(http.StatusOK, "welcome.html", nil)
	})
	r.GET("/subscribe/complete", func(c *gin.Context) {
		sub, err := store.Subscription(c, c.GetHeader("X-User"))
		if err != nil || !sub.IsActive() {
			c.HTML(http.StatusOK, "pending.html", nil)
			return
		}
		_ = store.GrantPremium(c, sub.UserID)
	})
	r.GET("/upgrade/thank-you", func(c *gin.Context) {
		sub, err := store.Subscription(c, c.GetHeader("X-User"))
		if err == nil && sub.Active {
			_ = store.GrantPremium(c, sub.UserID)
		}
	})
}
