// Package rzpreturn: Razorpay Checkout callback_url pages (gin). The
// buyer's browser posts razorpay_payment_id, razorpay_order_id and
// razorpay_signature: a return page, not a webhook. Fulfilling after a
// fetch that compares only the order id, or with no fetch at all, is
// reported by redirectfulfill. Silent: the payment's status tested
// captured, the order's tested paid, razorpay_signature checked with
// utils.VerifyPaymentSignature or an HMAC compare, and the signed JSON
// webhook.
package rzpreturn

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	razorpay "github.com/razorpay/razorpay-go"
	"github.com/razorpay/razorpay-go/utils"
	"gorm.io/gorm"
)

type Tuition struct {
	ID     string
	Status string
}

type Pages struct {
	rz     *razorpay.Client
	db     *gorm.DB
	secret string
}

func (p *Pages) Mount(r *gin.Engine) {
	r.POST("/tuition/razorpay/callback", p.orderOnly)
	r.POST("/tuition/razorpay/callback/quick", p.noFetch)
	r.POST("/tuition/razorpay/callback/captured", p.captured)
	r.POST("/tuition/razorpay/callback/order", p.orderPaid)
	r.POST("/tuition/razorpay/callback/signed", p.signed)
	r.POST("/tuition/razorpay/callback/hmac", p.hmacSigned)
	r.POST("/hooks/razorpay", p.webhook)
}

// orderOnly fetches the payment but compares only its order id: an
// authorized or failed payment of that order passes.
func (p *Pages) orderOnly(c *gin.Context) {
	paymentID := c.PostForm("razorpay_payment_id")
	orderID := c.PostForm("razorpay_order_id")
	pay, err := p.rz.Payment.Fetch(paymentID, nil, nil)
	if err != nil || pay["order_id"] != orderID {
		c.String(http.StatusBadRequest, "unknown payment")
		return
	}
	p.db.Model(&Tuition{}).Where("razorpay_order_id = ?", orderID).Update("status", "paid") // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
	c.Redirect(http.StatusSeeOther, "/tuition")
}

// noFetch trusts the posted payment id.
func (p *Pages) noFetch(c *gin.Context) {
	paymentID := c.PostForm("razorpay_payment_id")
	if paymentID == "" {
		c.String(http.StatusBadRequest, "missing payment")
		return
	}
	p.db.Model(&Tuition{}).Where("id = ?", c.Query("tuition")).Update("status", "paid") // want "order fulfilled in the success-redirect handler without reading the payment's status from the provider"
	c.Redirect(http.StatusSeeOther, "/tuition")
}

// captured: only a captured payment is paid.
func (p *Pages) captured(c *gin.Context) {
	pay, err := p.rz.Payment.Fetch(c.PostForm("razorpay_payment_id"), nil, nil)
	if err != nil || pay["status"] != "captured" {
		c.String(http.StatusOK, "processing")
		return
	}
	p.db.Model(&Tuition{}).Where("razorpay_order_id = ?", pay["order_id"]).Update("status", "paid")
	c.Redirect(http.StatusSeeOther, "/tuition")
}

// orderPaid: the order's own state.
func (p *Pages) orderPaid(c *gin.Context) {
	_ = c.PostForm("razorpay_payment_id")
	orderID := c.PostForm("razorpay_order_id")
	o, err := p.rz.Order.Fetch(orderID, nil, nil)
	if err != nil || o["status"] != "paid" {
		c.String(http.StatusOK, "processing")
		return
	}
	p.db.Model(&Tuition{}).Where("razorpay_order_id = ?", orderID).Update("status", "paid")
	c.Redirect(http.StatusSeeOther, "/tuition")
}

// signed checks razorpay_signature as Razorpay documents.
func (p *Pages) signed(c *gin.Context) {
	attrs := map[string]interface{}{
		"razorpay_order_id":   c.PostForm("razorpay_order_id"),
		"razorpay_payment_id": c.PostForm("razorpay_payment_id"),
	}
	if !utils.VerifyPaymentSignature(attrs, c.PostForm("razorpay_signature"), p.secret) {
		c.String(http.StatusBadRequest, "bad signature")
		return
	}
	p.db.Model(&Tuition{}).Where("razorpay_order_id = ?", attrs["razorpay_order_id"]).Update("status", "paid")
	c.Redirect(http.StatusSeeOther, "/tuition")
}

// hmacSigned computes the same HMAC itself.
func (p *Pages) hmacSigned(c *gin.Context) {
	orderID := c.PostForm("razorpay_order_id")
	mac := hmac.New(sha256.New, []byte(p.secret))
	mac.Write([]byte(orderID + "|" + c.PostForm("razorpay_payment_id")))
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.PostForm("razorpay_signature"))) {
		c.String(http.StatusBadRequest, "bad signature")
		return
	}
	p.db.Model(&Tuition{}).Where("razorpay_order_id = ?", orderID).Update("status", "paid")
	c.Redirect(http.StatusSeeOther, "/tuition")
}

// webhook is Razorpay's signed server-to-server event.
func (p *Pages) webhook(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil || !utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), p.secret) {
		c.Status(http.StatusUnauthorized)
		return
	}
	p.db.Model(&Tuition{}).Where("razorpay_order_id = ?", c.Query("order")).Update("status", "paid")
	c.Status(http.StatusOK)
}
