// Package gemshop: a game shop's Razorpay Checkout confirmation (gin +
// GORM). The checkout page posts the order id, payment id and checkout
// signature to an authenticated endpoint; the handler locks the purchase
// row, turns a repeat away by its stored status, then records the posted
// ids on the row, checks the signature, marks it completed, adds the gems
// and mails a receipt. The guard on the locked row comes before the
// signature check and before the row's fields are set from the request:
// it still protects everything after it, silent. The same endpoint with
// no status guard credits and mails on every post, reported; one that
// copies the posted status onto the row and then tests it has no guard
// either (the request's value says the same every time), reported.
package gemshop

import (
	"net/http"
	"net/smtp"

	"github.com/gin-gonic/gin"
	"github.com/razorpay/razorpay-go/utils"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type GemPurchase struct {
	ID            uint
	PlayerID      uint
	GatewayOrder  string
	GatewayPayRef string
	CheckoutSig   string
	State         string
	Gems          int64
}

type Player struct {
	ID    uint
	Email string
	Gems  int64
}

type confirmIn struct {
	OrderID   string `json:"razorpay_order_id"`
	PaymentID string `json:"razorpay_payment_id"`
	Signature string `json:"razorpay_signature"`
	State     string `json:"state"`
}

type Shop struct {
	db     *gorm.DB
	secret string
}

func auth(c *gin.Context) {}

func (s *Shop) Routes(r *gin.Engine) {
	api := r.Group("/api", auth)
	api.POST("/gems/confirm", s.confirm)
	api.POST("/gems/confirm-unguarded", s.confirmUnguarded)
	api.POST("/gems/confirm-posted-state", s.confirmPostedState)
}

// confirm: the row's stored state decides before anything else is done.
func (s *Shop) confirm(c *gin.Context) {
	var in confirmIn
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	tx := s.db.Begin()
	var p GemPurchase
	if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).Where("gateway_order = ?", in.OrderID).First(&p).Error; err != nil {
		tx.Rollback()
		c.Status(http.StatusNotFound)
		return
	}
	if p.State == "completed" {
		tx.Rollback()
		c.JSON(http.StatusOK, gin.H{"msg": "already credited"})
		return
	}
	if p.State != "pending" {
		tx.Rollback()
		c.Status(http.StatusConflict)
		return
	}
	p.GatewayPayRef = in.PaymentID
	p.CheckoutSig = in.Signature
	fields := map[string]interface{}{"razorpay_order_id": in.OrderID, "razorpay_payment_id": in.PaymentID}
	if !utils.VerifyPaymentSignature(fields, in.Signature, s.secret) {
		tx.Rollback()
		c.Status(http.StatusBadRequest)
		return
	}
	p.State = "completed"
	tx.Save(&p)
	var pl Player
	tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(&pl, p.PlayerID)
	pl.Gems += p.Gems
	tx.Save(&pl)
	tx.Commit()
	go func() {
		_ = smtp.SendMail("mail:25", nil, "shop@example.com", []string{pl.Email}, []byte("gems added"))
	}()
	c.JSON(http.StatusOK, gin.H{"msg": "ok"})
}

// confirmUnguarded: whoever posts the signed triple again gets the gems
// and the mail again.
func (s *Shop) confirmUnguarded(c *gin.Context) {
	var in confirmIn
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	tx := s.db.Begin()
	var p GemPurchase
	if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).Where("gateway_order = ?", in.OrderID).First(&p).Error; err != nil {
		tx.Rollback()
		c.Status(http.StatusNotFound)
		return
	}
	p.GatewayPayRef = in.PaymentID
	fields := map[string]interface{}{"razorpay_order_id": in.OrderID, "razorpay_payment_id": in.PaymentID}
	if !utils.VerifyPaymentSignature(fields, in.Signature, s.secret) {
		tx.Rollback()
		c.Status(http.StatusBadRequest)
		return
	}
	p.State = "completed"
	tx.Save(&p)
	var pl Player
	tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(&pl, p.PlayerID)
	pl.Gems += p.Gems
	tx.Save(&pl)
	tx.Commit()
	go func() {
		_ = smtp.SendMail("mail:25", nil, "shop@example.com", []string{pl.Email}, []byte("gems added")) // want "webhook handler"
	}()
	c.JSON(http.StatusOK, gin.H{"msg": "ok"})
}

// confirmPostedState: the state tested is the one the request brought.
func (s *Shop) confirmPostedState(c *gin.Context) {
	var in confirmIn
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	tx := s.db.Begin()
	var p GemPurchase
	if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).Where("gateway_order = ?", in.OrderID).First(&p).Error; err != nil {
		tx.Rollback()
		c.Status(http.StatusNotFound)
		return
	}
	p.State = in.State
	if p.State == "completed" {
		tx.Rollback()
		c.JSON(http.StatusOK, gin.H{"msg": "already credited"})
		return
	}
	fields := map[string]interface{}{"razorpay_order_id": in.OrderID, "razorpay_payment_id": in.PaymentID}
	if !utils.VerifyPaymentSignature(fields, in.Signature, s.secret) {
		tx.Rollback()
		c.Status(http.StatusBadRequest)
		return
	}
	p.State = "completed"
	tx.Save(&p)
	tx.Commit()
	go func() {
		_ = smtp.SendMail("mail:25", nil, "shop@example.com", []string{"ops@example.com"}, []byte("gems added")) // want "webhook handler"
	}()
	c.JSON(http.StatusOK, gin.H{"msg": "ok"})
}
