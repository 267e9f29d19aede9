// Package vfyterminal: payment webhooks that store a refunded, reversed
// or cancelled payment state with the signature verdict dropped or no
// check at all, and look-alikes that stay silent.
package vfyterminal

import (
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/razorpay/razorpay-go/utils"
)

type Refunds struct {
	DB     *sql.DB
	Secret string
}

type refundEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Refund struct {
			Entity struct {
				PaymentID string `json:"payment_id"`
			} `json:"entity"`
		} `json:"refund"`
	} `json:"payload"`
}

func (h *Refunds) decode(c *gin.Context) (refundEvent, bool) {
	var ev refundEvent
	body, err := io.ReadAll(c.Request.Body)
	if err == nil {
		err = json.Unmarshal(body, &ev)
	}
	if err != nil {
		c.Status(http.StatusBadRequest)
		return ev, false
	}
	return ev, true
}

// Processed checks the signature and carries on whatever it says.
func (h *Refunds) Processed(c *gin.Context) {
	body, _ := c.GetRawData()
	if !utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), h.Secret) {
		log.Printf("razorpay: %v", errBadSignature) // logged, not refused
	}
	var ev refundEvent
	if json.Unmarshal(body, &ev) != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.DB.Exec(`UPDATE payments SET status = 'cancelled' WHERE rzp_id = $1`, ev.Payload.Refund.Entity.PaymentID) // want `verifies the signature but carries on when it fails .* before cancelled payment state stored by sql.DB.Exec`
	c.Status(http.StatusOK)
}

// Reversed verifies nothing: a forged reversal marks the payment reversed.
func (h *Refunds) Reversed(c *gin.Context) {
	ev, ok := h.decode(c)
	if !ok {
		return
	}
	h.DB.Exec(`UPDATE payments SET status = 'reversed' WHERE rzp_id = $1`, ev.Payload.Refund.Entity.PaymentID) // want `payment webhook /webhooks/razorpay/reversed acts on the payment \(reversed payment state stored by sql.DB.Exec\) without verifying`
	c.Status(http.StatusOK)
}

// Failed verifies nothing but stores a failure: no money moves (silent).
func (h *Refunds) Failed(c *gin.Context) {
	ev, ok := h.decode(c)
	if !ok {
		return
	}
	h.DB.Exec(`UPDATE payments SET status = 'failed' WHERE rzp_id = $1`, ev.Payload.Refund.Entity.PaymentID)
	c.Status(http.StatusOK)
}

// Checked refuses a bad signature before it stores the refund (silent).
func (h *Refunds) Checked(c *gin.Context) {
	body, _ := c.GetRawData()
	if !utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), h.Secret) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var ev refundEvent
	if json.Unmarshal(body, &ev) != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.DB.Exec(`UPDATE payments SET status = 'refunded' WHERE rzp_id = $1`, ev.Payload.Refund.Entity.PaymentID)
	c.Status(http.StatusOK)
}

// Courier drops its verdict too, but stores a failed delivery (silent).
func (h *Refunds) Courier(c *gin.Context) {
	body, _ := c.GetRawData()
	utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Courier-Signature"), h.Secret)
	var ev struct{ Parcel string }
	if json.Unmarshal(body, &ev) != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.DB.Exec(`UPDATE shipments SET delivery_status = 'failed' WHERE parcel = $1`, ev.Parcel)
	c.Status(http.StatusOK)
}

type sigError struct{}

func (sigError) Error() string { return "bad signature" }

var errBadSignature = sigError{}

func Mount(r *gin.Engine, h *Refunds) {
	r.POST("/webhooks/razorpay/refund-processed", h.Processed)
	r.POST("/webhooks/razorpay/reversed", h.Reversed)
	r.POST("/webhooks/razorpay/failed", h.Failed)
	r.POST("/webhooks/razorpay/checked", h.Checked)
	r.POST("/webhooks/courier/events", h.Courier)
}
