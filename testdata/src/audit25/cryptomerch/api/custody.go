package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/shop"
	"audit25/cryptomerch/store"
)

// custodyCallbacks receives notifications from the custody partner that holds
// deposit addresses and runs fiat payouts for creators.
type custodyCallbacks struct {
	preorders *store.Preorders
	payouts   *store.Payouts
}

type depositNotice struct {
	PreorderID string `json:"reference"`
	TxHash     string `json:"tx_hash"`
	Status     string `json:"status"`
}

type payoutNotice struct {
	PayoutID string `json:"payout_id"`
	Status   string `json:"status"`
}

func mountCustody(r *gin.Engine, d Deps) {
	cb := &custodyCallbacks{preorders: d.Preorders, payouts: d.Payouts}
	signed := r.Group("/custody", platform.RequireHMAC(d.Cfg.CustodySecret))
	signed.POST("/deposits", cb.deposit) // audit: lookalike webhookverify: the group's RequireHMAC middleware (platform) checks X-Signature and aborts before the handler

	r.POST("/custody/payout-status", cb.payoutStatus)
}

func (h *custodyCallbacks) deposit(c *gin.Context) {
	var n depositNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.Status == "confirmed" {
		if err := h.preorders.SetDeposit(c, n.PreorderID, shop.DepositPaid, n.TxHash); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

func (h *custodyCallbacks) payoutStatus(c *gin.Context) {
	var n payoutNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.payouts.SetStatus(c, n.PayoutID, n.Status); err != nil { // want "\\[webhookverify\\] payment webhook /custody/payout-status acts on the payment \\(the posted status stored by store\\.Payouts\\.SetStatus\\) without verifying"
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
