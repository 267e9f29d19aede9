// Package dbstores: success-redirect handlers that mark the order paid
// through ent or redis, and look-alikes writing something else.
package dbstores

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"

	"redirectfulfill/dbstores/ent"
)

type Shop struct {
	db  *ent.Client
	rdb *redis.Client
}

func Register(r *gin.Engine, s *Shop) {
	r.GET("/checkout/success", s.success)
	r.GET("/billing/return", s.billingReturn)
	r.GET("/checkout/success-address", s.successAddress)
	r.GET("/account/verify/return", s.kycReturn)
	r.GET("/checkout/success-session", s.successSession)
}

// success marks the order paid from the redirect (ent).
func (s *Shop) success(c *gin.Context) {
	id, _ := strconv.Atoi(c.Query("order_id"))
	if c.Query("redirect_status") == "succeeded" {
		s.db.Order.UpdateOneID(id).SetStatus("paid").SetPaidAt(time.Now()).Save(c) // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\)`
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// billingReturn grants the plan in redis from the redirect.
func (s *Shop) billingReturn(c *gin.Context) {
	if c.Query("redirect_status") == "succeeded" {
		s.rdb.Set(c, "user:"+c.Query("uid")+":plan", "pro", 0) // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\)`
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// successAddress saves the delivery address: silent.
func (s *Shop) successAddress(c *gin.Context) {
	id, _ := strconv.Atoi(c.Query("order_id"))
	s.db.Order.UpdateOneID(id).SetShippingAddress(c.Query("address")).Save(c)
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// kycReturn: the identity provider's return, a profile status: silent.
func (s *Shop) kycReturn(c *gin.Context) {
	uid, _ := strconv.Atoi(c.Query("uid"))
	if c.Query("status") == "success" {
		s.db.User.UpdateOneID(uid).SetStatus("verified").Exec(c)
	}
	c.Status(http.StatusNoContent)
}

// successSession caches the session: silent.
func (s *Shop) successSession(c *gin.Context) {
	s.rdb.Set(c, "session:"+c.Query("sid"), c.Query("order_id"), time.Hour)
	s.rdb.HSet(c, "cache:order:"+c.Query("order_id"), "status", "paid")
	c.HTML(http.StatusOK, "thanks.html", nil)
}
