// Package hooks receives the card processor's refund and dispute events.
package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82/webhook"

	"fallthroughverdict/ledger"
)

// Hooks holds the webhook handlers' dependencies.
type Hooks struct {
	Orders *ledger.Orders
	Secret string
}

type refundEvent struct {
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
}

// Register mounts the handlers.
func (h *Hooks) Register(r *gin.Engine) {
	r.POST("/webhooks/stripe/refunds", h.stripeRefunds)
	r.POST("/webhooks/stripe/refunds-returning", h.stripeRefundsReturning)
	r.POST("/webhooks/stripe/refunds-aborting", h.stripeRefundsAborting)
	r.POST("/webhooks/stripe/refunds-logged", h.stripeRefundsLogged)
	r.POST("/webhooks/stripe/refunds-audit", h.stripeRefundsAudit)
}

// The bad-signature branch answers 400 but does not return.
func (h *Hooks) stripeRefunds(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.Secret)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid signature"})
	}
	if ev.Type != "charge.refunded" {
		c.Status(http.StatusOK)
		return
	}
	var re refundEvent
	if err := json.Unmarshal(ev.Data.Raw, &re); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.Orders.MarkRefunded(c, re.OrderID); err != nil { // want `payment webhook /webhooks/stripe/refunds verifies the signature but carries on when it fails .* before refunded payment state stored by ledger.Orders.MarkRefunded`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Look-alike: 400 written, then return.
func (h *Hooks) stripeRefundsReturning(c *gin.Context) {
	body, _ := c.GetRawData()
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.Secret)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid signature"})
		return
	}
	var re refundEvent
	if err := json.Unmarshal(ev.Data.Raw, &re); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.Orders.MarkRefunded(c, re.OrderID)
	c.Status(http.StatusOK)
}

// Look-alike: AbortWithStatus, then return.
func (h *Hooks) stripeRefundsAborting(c *gin.Context) {
	body, _ := c.GetRawData()
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.Secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var re refundEvent
	_ = json.Unmarshal(ev.Data.Raw, &re)
	_ = h.Orders.MarkChargedBack(c, re.OrderID)
	c.Status(http.StatusOK)
}

// Look-alike: logged, then return.
func (h *Hooks) stripeRefundsLogged(c *gin.Context) {
	body, _ := c.GetRawData()
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.Secret)
	if err != nil {
		log.Printf("stripe refunds: %v", err)
		return
	}
	var re refundEvent
	_ = json.Unmarshal(ev.Data.Raw, &re)
	_ = h.Orders.MarkRefunded(c, re.OrderID)
}

// Look-alike: the unchecked verdict only precedes an audit log's row.
func (h *Hooks) stripeRefundsAudit(c *gin.Context) {
	body, _ := c.GetRawData()
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.Secret)
	if err != nil {
		log.Printf("stripe refunds: %v", err)
	}
	var re refundEvent
	_ = json.Unmarshal(ev.Data.Raw, &re)
	_ = h.Orders.NoteRefund(c, re.OrderID)
}

// Disputes is the processor's dispute webhook (net/http): a mismatch is
// only logged.
func (h *Hooks) Disputes(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(h.Secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Signature"))) {
		log.Printf("disputes: signature mismatch")
	}
	var re refundEvent
	if err := json.Unmarshal(body, &re); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.Orders.MarkChargedBack(r.Context(), re.OrderID); err != nil { // want `payment webhook Hooks.Disputes verifies the signature but carries on when it fails .* before charged_back payment state stored by ledger.Orders.MarkChargedBack`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// DisputesChecked is the same webhook answering 401 (http.Error) and
// returning on a mismatch: silent.
func (h *Hooks) DisputesChecked(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, []byte(h.Secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Signature"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var re refundEvent
	_ = json.Unmarshal(body, &re)
	_ = h.Orders.MarkChargedBack(r.Context(), re.OrderID)
	w.WriteHeader(http.StatusNoContent)
}

// DisputesPanicking panics on a mismatch: silent.
func (h *Hooks) DisputesPanicking(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, []byte(h.Secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Signature"))) {
		panic("disputes: bad signature")
	}
	var re refundEvent
	_ = json.Unmarshal(body, &re)
	_ = h.Orders.MarkChargedBack(r.Context(), re.OrderID)
}
