// Package partner serves a custody partner's callbacks (gin): a group
// signed by the partner's HMAC, and routes of the same callbacks beside
// it.
package partner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"signedfamilycallbacks/payoutstore"
)

type callbacks struct {
	store  *payoutstore.Store
	secret []byte
}

type depositNotice struct {
	Reference string `json:"reference"`
	TxHash    string `json:"tx_hash"`
	Status    string `json:"status"`
}

type payoutNotice struct {
	PayoutID string `json:"payout_id"`
	Status   string `json:"status"`
}

type refundNotice struct {
	RefundID string `json:"refund_id"`
	Status   string `json:"status"`
}

type orderNotice struct {
	OrderID string `json:"order_id"`
	State   string `json:"state"`
}

func requireSignature(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.GetHeader("X-Partner-Signature"))) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Mount registers the partner's callbacks.
func Mount(r *gin.Engine, store *payoutstore.Store, secret []byte) {
	cb := &callbacks{store: store, secret: secret}
	signed := r.Group("/partner", requireSignature(secret))
	signed.POST("/deposits", cb.deposit)
	signed.POST("/refund-status", cb.refundStatus) // inside the signed group: silent

	// Outside the group: anyone can post.
	r.POST("/partner/payout-status", cb.payoutStatus)
	r.POST("/partner/orders", cb.orderState)

	// A route with its own verifying middleware, a handler checking the
	// signature itself, a probe storing nothing, a status read: silent.
	r.POST("/partner/refunds", requireSignature(secret), cb.refundStatusAgain)
	r.POST("/partner/payouts/signed", cb.signedPayoutStatus)
	r.POST("/partner/ping", cb.ping)
	r.GET("/partner/payout-status", cb.payoutStatusPage)

	// Another type's handler beside the group, and the same callbacks
	// under another parent path: silent.
	tools := &opsTools{store: store}
	r.POST("/partner/adjustments", tools.adjust)
	r.POST("/ops/payout-status", cb.opsPayoutStatus)
}

func (h *callbacks) deposit(c *gin.Context) {
	var n depositNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.Status == "confirmed" {
		if err := h.store.RecordDeposit(c, n.Reference, n.TxHash); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

func (h *callbacks) refundStatus(c *gin.Context) {
	var n refundNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.store.SetRefundStatus(c, n.RefundID, n.Status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

func (h *callbacks) payoutStatus(c *gin.Context) {
	var n payoutNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.store.SetPayoutStatus(c, n.PayoutID, n.Status); err != nil { // want `payment webhook /partner/payout-status acts on the payment \(the posted status stored by payoutstore.Store.SetPayoutStatus\) without verifying`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

func (h *callbacks) orderState(c *gin.Context) {
	var n orderNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.State != "settled" {
		c.Status(http.StatusOK)
		return
	}
	if err := h.store.MarkOrderPaid(c, n.OrderID); err != nil { // want `payment webhook /partner/orders acts on the payment \(payoutstore.Store.MarkOrderPaid\) without verifying`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

func (h *callbacks) refundStatusAgain(c *gin.Context) {
	var n refundNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.store.SetRefundStatus(c, n.RefundID, n.Status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

func (h *callbacks) signedPayoutStatus(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.GetHeader("X-Partner-Signature"))) {
		c.Status(http.StatusUnauthorized)
		return
	}
	var n payoutNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.store.SetPayoutStatus(c, n.PayoutID, n.Status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

func (h *callbacks) ping(c *gin.Context) {
	var n payoutNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	slog.Info("partner ping", "payout", n.PayoutID, "status", n.Status)
	c.Status(http.StatusOK)
}

func (h *callbacks) payoutStatusPage(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"payout": c.Query("id")})
}

func (h *callbacks) opsPayoutStatus(c *gin.Context) {
	var n payoutNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.store.SetPayoutStatus(c, n.PayoutID, n.Status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// opsTools is the operations team's tooling.
type opsTools struct{ store *payoutstore.Store }

func (t *opsTools) adjust(c *gin.Context) {
	var n payoutNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := t.store.SetPayoutStatus(c, n.PayoutID, n.Status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
