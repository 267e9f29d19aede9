package shop

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"returnquerypaid/store"
)

// BookingPages are a venue's court booking and coaching pages.
type BookingPages struct {
	bookings *store.Bookings
	fees     *store.CoachFees
}

func NewBookingPages(b *store.Bookings, f *store.CoachFees) *BookingPages {
	return &BookingPages{bookings: b, fees: f}
}

func (p *BookingPages) Mount(r *gin.Engine) {
	r.GET("/bookings/return", p.returned)
	r.GET("/bookings/form/complete", p.formDone)
	r.GET("/coaching/fees/:id/return", p.feeReturned)
}

// feeReturned: Stripe's return URL says redirect_status=succeeded, and the
// coaching fee is stored paid on its word.
func (p *BookingPages) feeReturned(c *gin.Context) {
	if c.Query("redirect_status") == "succeeded" {
		_ = p.fees.Settle(c.Request.Context(), c.Param("id")) // want "order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
	}
	c.String(http.StatusOK, "Thanks!")
}

// returned: the payment page's return URL says payment_status=paid, and
// the court is booked for good on its word.
func (p *BookingPages) returned(c *gin.Context) {
	st := c.DefaultQuery("payment_status", "")
	if st != "paid" {
		c.String(http.StatusOK, "Your booking is not confirmed yet.")
		return
	}
	if err := p.bookings.Confirm(c.Request.Context(), c.Query("booking")); err != nil { // want "order fulfilled in the success-redirect handler from the query string \\(payment_status\\)"
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.String(http.StatusOK, "Your court is booked.")
}

// formDone: the last step of the booking form (no payment: the venue
// bills members monthly); the query's step is the form's, not a payment's.
func (p *BookingPages) formDone(c *gin.Context) {
	if c.Query("step") == "completed" {
		if err := p.bookings.Confirm(c.Request.Context(), c.Query("booking")); err != nil {
			c.String(http.StatusInternalServerError, "try again")
			return
		}
	}
	c.String(http.StatusOK, "See you on court.")
}
