// Package terminal: webhooks that store a terminal payment state other
// than paid (refunded, failed, charged back, cancelled), under each
// state of verification, with look-alikes.
package terminal

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/razorpay/razorpay-go/utils"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Hooks struct {
	db     *sql.DB
	secret string
}

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

// RazorpayFailed checks the signature and drops the verdict: a forged
// payment.failed cancels the order.
func (h *Hooks) RazorpayFailed(c *gin.Context) {
	body, _ := io.ReadAll(c.Request.Body)
	utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), h.secret)
	var ev rzpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Event == "payment.failed" {
		h.db.ExecContext(c.Request.Context(), `UPDATE payments SET status = 'failed' WHERE gateway_id = $1`, ev.Payload.Payment.Entity.ID) // want `terminal: failed payment state stored by sql.DB.ExecContext`
	}
	c.Status(http.StatusOK)
}

// RazorpayRefund: the same unenforced check, the state handed as an argument.
func (h *Hooks) RazorpayRefund(c *gin.Context) {
	body, _ := io.ReadAll(c.Request.Body)
	ok := utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), h.secret)
	_ = ok
	var ev rzpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.db.Exec(`UPDATE rentals r SET r.billing_status = $2 WHERE r.order_ref = $1`, ev.Payload.Payment.Entity.OrderID, "Partially-Refunded") // want `terminal: partially_refunded payment state stored by sql.DB.Exec`
	c.Status(http.StatusOK)
}

// RazorpayUser: an unenforced check, but the status stored is a user's.
func (h *Hooks) RazorpayUser(c *gin.Context) {
	body, _ := io.ReadAll(c.Request.Body)
	utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), h.secret)
	var ev rzpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.db.Exec(`UPDATE users SET status = 'cancelled' WHERE razorpay_id = $1`, ev.Payload.Payment.Entity.ID)
	c.Status(http.StatusOK)
}

// RazorpayVerified enforces the check: refunded is stored only for a signed event.
func (h *Hooks) RazorpayVerified(c *gin.Context) {
	body, _ := io.ReadAll(c.Request.Body)
	if !utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Razorpay-Signature"), h.secret) {
		c.Status(http.StatusBadRequest)
		return
	}
	var ev rzpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.db.Exec(`UPDATE payments SET status = 'refunded' WHERE gateway_id = $1`, ev.Payload.Payment.Entity.ID)
	c.Status(http.StatusOK)
}

type disputeEvent struct {
	Type string `json:"type"`
	Data struct {
		Charge string `json:"charge"`
	} `json:"data"`
}

// DisputeLost verifies nothing: a forged charge.dispute.closed marks the
// charge charged back.
func (h *Hooks) DisputeLost(w http.ResponseWriter, r *http.Request) {
	var ev disputeEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), `update charges set status = 'charged_back', updated_at = now() where id = $1`, ev.Data.Charge) // want `terminal: charged_back payment state stored by sql.DB.ExecContext`
	w.WriteHeader(http.StatusOK)
}

// PaymentDeclined verifies nothing either, but a failure moves no money:
// left to the paid-state rule (precision first).
func (h *Hooks) PaymentDeclined(w http.ResponseWriter, r *http.Request) {
	var ev disputeEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), `UPDATE payments SET status = 'failed' WHERE charge_id = $1`, ev.Data.Charge)
	w.WriteHeader(http.StatusOK)
}

// StripeRefunded verifies with the SDK and returns 400 on failure.
func (h *Hooks) StripeRefunded(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), `UPDATE payments SET status = 'refunded' WHERE event_id = $1`, ev.ID)
	w.WriteHeader(http.StatusOK)
}

type courierEvent struct {
	Parcel string `json:"parcel"`
}

// CourierFailed: a courier's webhook whose verdict is dropped stores a
// failed delivery, not a payment's state.
func (h *Hooks) CourierFailed(c *gin.Context) {
	body, _ := io.ReadAll(c.Request.Body)
	utils.VerifyWebhookSignature(string(body), c.GetHeader("X-Courier-Signature"), h.secret)
	var ev courierEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.db.Exec(`UPDATE deliveries SET status = 'failed' WHERE parcel = $1`, ev.Parcel)
	h.db.Exec(`UPDATE webhook_deliveries SET payment_status = 'failed' WHERE parcel = $1`, ev.Parcel)
	c.Status(http.StatusOK)
}

func Routes(r *gin.Engine, mux *http.ServeMux, h *Hooks) {
	r.POST("/webhooks/razorpay/failed", h.RazorpayFailed)
	r.POST("/webhooks/razorpay/refund", h.RazorpayRefund)
	r.POST("/webhooks/razorpay/user", h.RazorpayUser)
	r.POST("/webhooks/razorpay/verified", h.RazorpayVerified)
	r.POST("/webhooks/courier", h.CourierFailed)
	mux.HandleFunc("POST /webhooks/stripe/disputes", h.DisputeLost)
	mux.HandleFunc("POST /webhooks/stripe/declined", h.PaymentDeclined)
	mux.HandleFunc("POST /webhooks/stripe/refunded", h.StripeRefunded)
}
