// Package buttons serves the calls the PayPal Buttons on a print shop's
// checkout page make once the buyer approved in PayPal's window: the
// page's script posts the PayPal order id back (onApprove), and the shop
// answers the script.
package buttons

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"browserpostback/ppcheck"
)

// Shop holds the handlers' dependencies.
type Shop struct {
	db     *sql.DB
	pp     *paypal.Client
	secret []byte
}

// Routes mounts the Buttons' callbacks.
func (s *Shop) Routes(r *gin.Engine) {
	r.POST("/paypal/orders/approve", s.onApprove)
	r.POST("/posters/paypal/approve", s.posterApprove)
	r.POST("/paypal/orders/capture-done", s.captureDone)
	r.POST("/paypal/orders/checked", s.checkedByHelper)
	r.POST("/paypal/orders/pending", s.processing)
	r.POST("/paypal/orders/sync", s.signedSync)
}

// Mistake: the posted order is read back from PayPal, but APPROVED (the
// buyer approved, nothing captured) is taken for paid.
func (s *Shop) onApprove(c *gin.Context) {
	ctx := c.Request.Context()
	order, err := s.pp.GetOrder(ctx, c.PostForm("order_id"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "paypal unavailable"})
		return
	}
	if order.Status != "APPROVED" && order.Status != "COMPLETED" {
		c.JSON(http.StatusConflict, gin.H{"error": "not paid"})
		return
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE ref = $1`, c.PostForm("ref")); err != nil { // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		c.JSON(http.StatusInternalServerError, gin.H{"error": "try again"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// Mistake: the order id comes in the query the script builds; the order
// is read and its status never looked at.
func (s *Shop) posterApprove(c *gin.Context) {
	ctx := c.Request.Context()
	order, err := s.pp.GetOrder(ctx, c.Query("token"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "paypal unavailable"})
		return
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE paypal_order = $1`, order.ID); err != nil { // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		c.JSON(http.StatusInternalServerError, gin.H{"error": "try again"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// Look-alike: only a COMPLETED (captured) order is stored paid.
func (s *Shop) captureDone(c *gin.Context) {
	ctx := c.Request.Context()
	order, err := s.pp.GetOrder(ctx, c.PostForm("order_id"))
	if err != nil || order.Status != paypal.OrderStatusCompleted {
		c.JSON(http.StatusConflict, gin.H{"error": "not paid"})
		return
	}
	_, _ = s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE paypal_order = $1`, order.ID)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// Look-alike: the check lives in a helper of another package, which
// answers the order only when it was captured.
func (s *Shop) checkedByHelper(c *gin.Context) {
	ctx := c.Request.Context()
	order, err := ppcheck.CapturedOrder(ctx, s.pp, c.PostForm("order_id"))
	if err != nil {
		c.JSON(http.StatusConflict, gin.H{"error": "not paid"})
		return
	}
	_, _ = s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE paypal_order = $1`, order.ID)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// Look-alike: the page only tells the script what PayPal says; the
// webhook stores the order paid.
func (s *Shop) processing(c *gin.Context) {
	order, err := s.pp.GetOrder(c.Request.Context(), c.PostForm("order_id"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "paypal unavailable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": order.Status, "message": "processing"})
}

// Look-alike: a server-to-server notification of the shop's payment
// relay, signed with a shared secret; the order it names is read back
// and stored as the relay reported it.
func (s *Shop) signedSync(c *gin.Context) {
	id := c.PostForm("order_id")
	mac := hmac.New(sha256.New, s.secret)
	mac.Write([]byte(id))
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.GetHeader("X-Relay-Signature"))) {
		c.Status(http.StatusUnauthorized)
		return
	}
	order, err := s.pp.GetOrder(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	_, _ = s.db.ExecContext(c.Request.Context(), `UPDATE orders SET status = 'paid' WHERE paypal_order = $1`, order.ID)
	c.Status(http.StatusNoContent)
}
