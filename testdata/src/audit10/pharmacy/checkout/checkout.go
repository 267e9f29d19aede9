// Package checkout serves the patient's return pages after Razorpay, UPI
// and 3-D Secure, and the Adyen pay-by-link notifications, on gin.
package checkout

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/gin-gonic/gin"

	"audit10/pharmacy/adyenpay"
	"audit10/pharmacy/consult"
	"audit10/pharmacy/domain"
	"audit10/pharmacy/razorpayx"
)

// Handlers are the checkout handlers.
type Handlers struct {
	consults *consult.Service
	pharmacy *consult.Pharmacy
	rz       *razorpayx.Client
	ady      *adyenpay.Client
	linkHMAC string
}

// New returns the handlers.
func New(cs *consult.Service, ph *consult.Pharmacy, rz *razorpayx.Client, ady *adyenpay.Client, linkHMAC string) *Handlers {
	return &Handlers{consults: cs, pharmacy: ph, rz: rz, ady: ady, linkHMAC: linkHMAC}
}

// Register mounts the routes.
func (h *Handlers) Register(r *gin.Engine) {
	g := r.Group("/checkout")
	g.GET("/consult/return", h.consultReturn)
	g.POST("/consult/3ds/return", h.threeDSReturn)
	g.GET("/rx/upi/return", h.upiReturn)
	g.POST("/rx/complete", h.rxComplete)
	r.POST("/hooks/adyen/links", h.linkNotification)
}

// consultReturn is Razorpay's callback_url after the booking widget.
func (h *Handlers) consultReturn(c *gin.Context) {
	consID := c.Query("consultation")
	paymentID := c.Query("razorpay_payment_id")
	if c.Query("status") == "success" && paymentID != "" {
		if err := h.consults.ConfirmPaid(c.Request.Context(), consID, paymentID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
			c.HTML(http.StatusInternalServerError, "error.html", gin.H{"msg": "We could not confirm your booking."})
			return
		}
		c.HTML(http.StatusOK, "booked.html", gin.H{"consultation": consID})
		return
	}
	c.HTML(http.StatusOK, "payment_failed.html", gin.H{"consultation": consID})
}

// threeDSReturn receives the shopper back from the issuer's 3-D Secure page.
func (h *Handlers) threeDSReturn(c *gin.Context) {
	consID := c.Query("consultation")
	code, psp, err := h.ady.SubmitDetails(c.Request.Context(), c.PostForm("redirectResult"))
	if err != nil {
		c.HTML(http.StatusBadGateway, "error.html", gin.H{"msg": "Payment could not be completed."})
		return
	}
	if err := h.consults.ConfirmPaid(c.Request.Context(), consID, psp); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		c.HTML(http.StatusInternalServerError, "error.html", gin.H{"msg": "Please contact support."})
		return
	}
	c.HTML(http.StatusOK, "booked.html", gin.H{"consultation": consID, "result": code})
}

// upiReturn waits briefly for the UPI collect request to complete, reading
// the payment from Razorpay.
func (h *Handlers) upiReturn(c *gin.Context) {
	orderID := c.Query("order")
	paymentID := c.Query("razorpay_payment_id")
	ctx, cancel := context.WithTimeout(c.Request.Context(), domain.UPIPollWindow)
	defer cancel()
	tick := time.NewTicker(domain.UPIPollEvery) // want "\\[pollinterval\\] payment status polled every 1s"
	defer tick.Stop()
	for {
		st, err := h.rz.PaymentStatus(ctx, paymentID)
		if err == nil {
			switch st {
			case razorpayx.StatusCaptured:
				if err := h.pharmacy.MarkRxPaid(ctx, orderID); err == nil {
					_ = h.pharmacy.Dispatch(ctx, orderID)
				}
				c.HTML(http.StatusOK, "rx_paid.html", gin.H{"order": orderID})
				return
			case razorpayx.StatusFailed:
				c.HTML(http.StatusOK, "payment_failed.html", gin.H{"order": orderID})
				return
			}
		}
		select {
		case <-ctx.Done():
			c.HTML(http.StatusAccepted, "processing.html", gin.H{"order": orderID})
			return
		case <-tick.C:
		}
	}
}

// rxComplete ends the prescription checkout; cash-on-delivery orders go
// straight to the pharmacy, card orders wait for their payment.
func (h *Handlers) rxComplete(c *gin.Context) {
	orderID := c.PostForm("order")
	if c.PostForm("method") != "cod" {
		c.Redirect(http.StatusSeeOther, "/rx/"+orderID+"/pay")
		return
	}
	ctx := c.Request.Context()
	if err := h.pharmacy.PlaceCOD(ctx, orderID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if err := h.pharmacy.Dispatch(ctx, orderID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.HTML(http.StatusOK, "rx_cod.html", gin.H{"order": orderID})
}

type linkNotification struct {
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// linkNotification receives Adyen notifications for prescription payment
// links.
func (h *Handlers) linkNotification(c *gin.Context) {
	var n linkNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	for _, w := range n.NotificationItems {
		item := w.Item
		if !hmacvalidator.ValidateHmac(item, h.linkHMAC) {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid hmac"})
		}
		if item.EventCode == "AUTHORISATION" && item.Success == "true" {
			if err := h.pharmacy.MarkRxPaid(c.Request.Context(), strings.TrimPrefix(item.MerchantReference, "rx-")); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/adyen/links verifies the signature but carries on when it fails"
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
		}
	}
	c.String(http.StatusOK, "[accepted]")
}
