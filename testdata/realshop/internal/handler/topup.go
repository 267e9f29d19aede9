package handler

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/realshop/internal/service"
)

// TopUps is the wallet use case the top-up webhook calls; the handler
// depends on the interface so that its tests can fake it.
type TopUps interface {
	HandleTopUpSucceeded(ctx context.Context, userID uint, amount int64) error
	HandleVIPPurchased(ctx context.Context, userID uint) error
}

// TopUpHandler serves the wallet aggregator's notifications.
type TopUpHandler struct {
	topups TopUps
	secret []byte
}

// NewTopUpHandler makes a TopUpHandler over the wallet service.
func NewTopUpHandler(secret string, wallets *service.WalletService) *TopUpHandler {
	return &TopUpHandler{topups: wallets, secret: []byte(secret)}
}

// Register adds the routes.
func (h *TopUpHandler) Register(r *gin.Engine) {
	r.POST("/pay/topup/notify", h.TopUpNotify)
	r.POST("/pay/vip/purchased/notify", h.VIPNotify)
}

type topUpNotice struct {
	EventID string `json:"event_id"`
	UserID  uint   `json:"user_id"`
	Amount  int64  `json:"amount"`
	Status  string `json:"status"`
}

// read checks the HMAC of the raw body and decodes it.
func (h *TopUpHandler) read(c *gin.Context) (topUpNotice, bool) {
	var n topUpNotice
	raw, err := c.GetRawData()
	if err != nil {
		return n, false
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.GetHeader("X-Signature"))) {
		return n, false
	}
	return n, json.Unmarshal(raw, &n) == nil
}

// TopUpNotify is verified, but credits the wallet through the use case on
// every delivery of the same event.
func (h *TopUpHandler) TopUpNotify(c *gin.Context) {
	n, ok := h.read(c)
	if !ok {
		c.Status(http.StatusUnauthorized)
		return
	}
	if n.Status != "SUCCESS" {
		c.String(http.StatusOK, "success")
		return
	}
	if err := h.topups.HandleTopUpSucceeded(c.Request.Context(), n.UserID, n.Amount); err != nil { // paylint: expect webhookdedupe
		c.Status(http.StatusInternalServerError)
		return
	}
	c.String(http.StatusOK, "success")
}

// VIPNotify sets a flag through the use case: repeating it changes nothing
// (look-alike: silent).
func (h *TopUpHandler) VIPNotify(c *gin.Context) {
	n, ok := h.read(c)
	if !ok {
		c.Status(http.StatusUnauthorized)
		return
	}
	if err := h.topups.HandleVIPPurchased(c.Request.Context(), n.UserID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.String(http.StatusOK, "success")
}
