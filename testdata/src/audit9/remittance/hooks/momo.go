package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"audit9/remittance/domain"
	"audit9/remittance/momo"
)

// MomoCallbacks receives the aggregator's disbursement callbacks.
type MomoCallbacks struct {
	secret    string
	transfers domain.TransferStore
	notifier  domain.Notifier
}

// NewMomoCallbacks returns the callback handlers; secret is the shared key
// configured in the aggregator's dashboard.
func NewMomoCallbacks(secret string, transfers domain.TransferStore, notifier domain.Notifier) *MomoCallbacks {
	return &MomoCallbacks{secret: secret, transfers: transfers, notifier: notifier}
}

// RegisterMomo mounts the callbacks on r.
func RegisterMomo(r gin.IRouter, h *MomoCallbacks) {
	g := r.Group("/callbacks/momo")
	g.POST("/disbursement", h.Disbursement)
}

type momoCallback struct {
	DisbursementID string `json:"disbursement_id"`
	Status         string `json:"status"`
	FailureReason  string `json:"failure_reason"`
}

func (h *MomoCallbacks) validSignature(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(h.secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(strings.ToLower(sig)))
}

// Disbursement handles a disbursement status callback.
func (h *MomoCallbacks) Disbursement(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if h.secret != "" && !h.validSignature(body, c.GetHeader("X-Callback-Signature")) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var cb momoCallback
	if err := json.Unmarshal(body, &cb); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	t, err := h.transfers.FindByPayoutRef(ctx, "momo:"+cb.DisbursementID)
	if err != nil {
		c.Status(http.StatusOK)
		return
	}
	switch strings.ToUpper(cb.Status) {
	case momo.StatusSuccessful:
		if t.Status == domain.StatusCompleted {
			c.Status(http.StatusOK)
			return
		}
		if err := h.transfers.MarkCompleted(ctx, t.ID); err != nil { // want "\\[webhookverify\\] payment webhook /callbacks/momo/disbursement skips signature verification when the secret is empty \\(fails open\\) before domain.TransferStore.MarkCompleted"
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	case momo.StatusFailed, momo.StatusReversed:
		if err := h.transfers.MarkFailed(ctx, t.ID, cb.FailureReason); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.JSON(http.StatusOK, gin.H{"received": true})
}
