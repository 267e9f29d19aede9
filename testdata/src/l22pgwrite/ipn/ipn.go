// Package ipn takes the guest house's payment notifications (gin): the
// gateway posts the booking reference and the outcome, signing nothing
// the handlers check.
package ipn

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"l22pgwrite/stays"
)

type notice struct {
	Reference string `json:"merchant_reference"`
	Outcome   string `json:"outcome"`
	Amount    int64  `json:"amount"`
}

type IPN struct{ Store *stays.Store }

// Completed trusts the posted outcome and confirms the booking.
func (h *IPN) Completed(c *gin.Context) {
	var n notice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.Outcome != "COMPLETED" {
		c.Status(http.StatusOK)
		return
	}
	if err := h.Store.ConfirmBooking(c, n.Reference, n.Amount); err != nil { // want `payment webhook /ipn/completed acts on the payment \(stays.Store.ConfirmBooking \(paid state stored by PATCH rest/v1/bookings\)\)`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Pending only puts the booking on hold: no paid state, silent.
func (h *IPN) Pending(c *gin.Context) {
	var n notice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.Store.HoldBooking(c, n.Reference)
	c.Status(http.StatusOK)
}

// Relay passes the outcome on to the channel manager's API: no row of
// the guest house's database is written, silent.
func (h *IPN) Relay(c *gin.Context) {
	var n notice
	if err := c.ShouldBindJSON(&n); err != nil || n.Outcome != "COMPLETED" {
		c.Status(http.StatusOK)
		return
	}
	_ = h.Store.TellChannel(c, n.Reference)
	c.Status(http.StatusOK)
}

func Routes(r *gin.Engine, s *stays.Store) {
	h := &IPN{Store: s}
	r.POST("/ipn/completed", h.Completed)
	r.POST("/ipn/pending", h.Pending)
	r.POST("/ipn/relay", h.Relay)
}
