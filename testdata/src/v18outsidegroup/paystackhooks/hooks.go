// Package paystackhooks receives Paystack's events; main mounts its
// handlers, and the signature is checked by the routes' middleware.
package paystackhooks

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"v18outsidegroup/ledgerdb"
)

type paystackEvent struct {
	Event string `json:"event"`
	Data  struct {
		Reference        string `json:"reference"`
		SubscriptionCode string `json:"subscription_code"`
		TransferCode     string `json:"transfer_code"`
	} `json:"data"`
}

// Hooks holds the handlers' dependencies.
type Hooks struct {
	Store  *ledgerdb.Store
	Secret []byte
}

// ChargeSuccess marks the order paid.
func (h *Hooks) ChargeSuccess(c *gin.Context) {
	var ev paystackEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Event != "charge.success" {
		c.Status(http.StatusOK)
		return
	}
	if err := h.Store.MarkOrderPaid(c.Request.Context(), ev.Data.Reference); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// SubscriptionRenewed extends the learner's membership.
func (h *Hooks) SubscriptionRenewed(c *gin.Context) {
	var ev paystackEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	code := ev.Data.SubscriptionCode
	if err := h.Store.PushRenewal(c.Request.Context(), code); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// TransferReversed marks a payout reversed, so that it is paid again.
func (h *Hooks) TransferReversed(c *gin.Context) {
	var ev paystackEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.Store.SetTransferStatus(c.Request.Context(), ev.Data.TransferCode, "reversed"); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// SignedRenewal checks Paystack's HMAC itself before extending.
func (h *Hooks) SignedRenewal(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha512.New, h.Secret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.GetHeader("X-Paystack-Signature"))) {
		c.Status(http.StatusUnauthorized)
		return
	}
	var ev paystackEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.Store.PushRenewal(c.Request.Context(), ev.Data.SubscriptionCode); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Logged only logs the event.
func (h *Hooks) Logged(c *gin.Context) {
	var ev paystackEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	log.Printf("paystack %s %s", ev.Event, ev.Data.Reference)
	c.Status(http.StatusOK)
}
