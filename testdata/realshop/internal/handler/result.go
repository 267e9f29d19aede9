package handler

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// payResult is the JSON notification of the aggregator behind
// /api/v2/pay/result (its route and name say nothing of webhooks).
type payResult struct {
	OutTradeNo  string `json:"out_trade_no"`
	TradeStatus string `json:"trade_status"`
	TotalAmount string `json:"total_amount"`
}

type nicknameUpdate struct {
	Nickname string `json:"nickname"`
	Status   string `json:"status"`
}

// RegisterV2 adds the v2 routes.
func (h *PayHandler) RegisterV2(r *gin.Engine) {
	r.POST("/api/v2/pay/result", h.PayResult)
	r.POST("/api/v2/user/nickname", h.RenameV2)
}

// PayResult trusts the JSON it is sent: no signature, no fetch back.
func (h *PayHandler) PayResult(c *gin.Context) {
	raw, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var n payResult
	if err := json.Unmarshal(raw, &n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.TradeStatus == "TRADE_SUCCESS" {
		h.orders.MarkPaid(n.OutTradeNo) // paylint: expect webhookverify
	}
	c.String(http.StatusOK, "success")
}

// RenameV2 is a JSON API endpoint of the same shape that updates a
// profile (look-alike: silent).
func (h *PayHandler) RenameV2(c *gin.Context) {
	raw, _ := c.GetRawData()
	var u nicknameUpdate
	json.Unmarshal(raw, &u)
	h.profiles.Rename(1, u.Nickname)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}
