// Package web is a gin tour shop whose hosted payment page sends the
// buyer back to /bookings/<id>/payment/verify?result=paid (or
// ?result=cancelled): the URL the shop built, not the provider's call.
package web

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"g17verifypage/tours/store"
)

type Pages struct{ Bookings store.Bookings }

func (p *Pages) Mount(r *gin.Engine) {
	r.GET("/bookings/:id/payment/verify", p.VerifyBooking)
	r.GET("/bookings/:id/payment/done", p.ThankYou)
	r.GET("/bookings/:id/payment/checked", p.CheckedBooking)
	r.GET("/admin/bookings/:id/payment/verify", p.StaffVerify)
}

// VerifyBooking stores whatever outcome the query names: anyone can open
// /bookings/7/payment/verify?result=paid. The emptiness test is of the
// query value, not of a secret.
func (p *Pages) VerifyBooking(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	result := c.Query("result")
	if result == "" {
		c.Status(http.StatusBadRequest)
		return
	}
	if result != "paid" && result != "cancelled" {
		c.Status(http.StatusBadRequest)
		return
	}
	code, err := p.Bookings.VerifyBooking(id, result) // want `order fulfilled in the success-redirect handler`
	if err != nil {
		c.Status(code)
		return
	}
	c.String(http.StatusOK, "thank you")
}

// ThankYou only renders the outcome the query names.
func (p *Pages) ThankYou(c *gin.Context) {
	if _, err := strconv.Atoi(c.Param("id")); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if c.Query("result") == "paid" {
		c.String(http.StatusOK, "thank you")
		return
	}
	c.String(http.StatusOK, "payment cancelled")
}

// CheckedBooking reads the payment back and stores paid only when the
// provider says it succeeded.
func (p *Pages) CheckedBooking(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil || c.Query("result") != "paid" {
		c.Status(http.StatusBadRequest)
		return
	}
	intent, err := p.Bookings.Booking(id)
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	pi, err := paymentintent.Get(intent, nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		c.Status(http.StatusPaymentRequired)
		return
	}
	if _, err := p.Bookings.VerifyBooking(id, "paid"); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.String(http.StatusOK, "thank you")
}

// StaffVerify is the back office's override, behind its own login.
func (p *Pages) StaffVerify(c *gin.Context) {
	id, _ := strconv.Atoi(c.Param("id"))
	result := c.Query("result")
	if result != "paid" && result != "cancelled" {
		c.Status(http.StatusBadRequest)
		return
	}
	if _, err := p.Bookings.VerifyBooking(id, result); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
