// Package dbwrites: success-redirect handlers that mark the order paid
// through the database (GORM, database/sql) in a service method whose
// name says nothing about payments.
package dbwrites

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"gorm.io/gorm"
)

type Order struct {
	ID     string
	Status string
}

type Profile struct {
	UserID string
	Status string
}

type Shipment struct {
	OrderID string
	Address string
}

type Service struct {
	db  *gorm.DB
	sql *sql.DB
	x   *sqlx.DB
}

// upgrade grants the plan bought: a write of users.plan.
func (s *Service) upgrade(userID, plan string) {
	s.x.MustExec("UPDATE users SET plan = ? WHERE id = ?", plan, userID)
}

// settle saves the order after setting its status.
func (s *Service) settle(o Order) error {
	o.Status = "completed"
	return s.db.Save(&o).Error
}

// markOrder writes the paid state: a fulfilment for its callers.
func (s *Service) markOrder(id string) error {
	return s.db.Model(&Order{}).Where("id = ?", id).Update("status", "paid").Error
}

func (s *Service) completeProfile(userID string) {
	s.db.Model(&Profile{}).Where("user_id = ?", userID).Update("status", "completed")
}

func (s *Service) saveAddress(orderID, addr string) {
	s.db.Model(&Shipment{}).Where("order_id = ?", orderID).Update("address", addr)
}

func (s *Service) cancelOrder(id string) {
	s.db.Model(&Order{}).Where("id = ?", id).Update("status", "cancelled")
}

func Register(r *gin.Engine, s *Service) {
	r.GET("/checkout/success", s.success)
	r.GET("/checkout/success-sql", s.successSQL)
	r.GET("/checkout/success-profile", s.successProfile)
	r.GET("/billing/return", s.billingReturn)
	r.GET("/checkout/success-verified", s.successVerified)
	r.GET("/admin/orders/success", s.adminSuccess)
}

// success trusts the redirect: the order is marked paid from the query.
func (s *Service) success(c *gin.Context) {
	id := c.Query("order_id")
	if err := s.markOrder(id); err != nil { // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// successSQL writes the paid state with database/sql, inline.
func (s *Service) successSQL(c *gin.Context) {
	s.sql.Exec("UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1", c.Query("order_id")) // want `order fulfilled in the success-redirect handler`
	c.Redirect(http.StatusSeeOther, "/orders")
}

// billingReturn upgrades the plan named in the return URL.
func (s *Service) billingReturn(c *gin.Context) {
	if c.Query("redirect_status") != "succeeded" {
		c.Redirect(http.StatusSeeOther, "/billing")
		return
	}
	s.upgrade(c.Query("user"), c.Query("plan")) // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\)`
	s.settle(Order{ID: c.Query("order_id")})    // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\)`
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// successProfile writes nothing about the payment: silent.
func (s *Service) successProfile(c *gin.Context) {
	s.completeProfile(c.Query("user"))
	s.saveAddress(c.Query("order_id"), c.Query("address"))
	s.cancelOrder(c.Query("previous_order"))
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// successVerified reads the payment from the provider and checks it is
// paid before marking the order: silent.
func (s *Service) successVerified(c *gin.Context) {
	pi, err := paymentintent.Get(c.Query("payment_intent"), nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		s.markOrder(pi.Metadata["order_id"])
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// adminSuccess is a back-office page: silent.
func (s *Service) adminSuccess(c *gin.Context) {
	s.markOrder(c.Query("order_id"))
	c.HTML(http.StatusOK, "done.html", nil)
}
