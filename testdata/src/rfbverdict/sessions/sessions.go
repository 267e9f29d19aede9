// Package sessions: Stripe Checkout return pages (gin, stripe-go v72's
// session.Get) that read the session back. A session is "complete" once
// the buyer finished the hosted page; an ACH or SEPA payment is still
// "unpaid" then. Fulfilling on Status == complete, alone or through a
// helper, is reported; testing PaymentStatus == paid (alone, with
// complete, or through a helper), the expanded PaymentIntent's succeeded,
// and the shop's own order row stay silent.
package sessions

import (
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"
	"gorm.io/gorm"
)

type Enrollment struct {
	ID     string
	Status string
}

// Booking is the shop's own row: it has a status and a payment status
// too, but the shop writes them (its webhook marks it completed).
type Booking struct {
	ID            string
	Status        string
	PaymentStatus string
}

type Pages struct{ db *gorm.DB }

func (p *Pages) Mount(r *gin.Engine) {
	r.GET("/courses/checkout/success", p.completeOnly)
	r.GET("/courses/checkout/done", p.notCompleteReturn)
	r.GET("/courses/checkout/finished", p.completeHelper)
	r.GET("/courses/checkout/thank-you", p.paidOnly)
	r.GET("/courses/checkout/return", p.completeAndPaid)
	r.GET("/courses/checkout/paid", p.paidHelper)
	r.GET("/courses/card/success", p.intentSucceeded)
	r.GET("/bookings/checkout/success", p.ownRow)
}

// completeOnly: complete is the page's lifecycle, not the money.
func (p *Pages) completeOnly(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if s.Status == stripe.CheckoutSessionStatusComplete {
		p.db.Model(&Enrollment{}).Where("id = ?", s.ClientReferenceID).Update("status", "paid") // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
	}
	c.String(http.StatusOK, "enrolled")
}

// notCompleteReturn: the same test the other way round, on the string.
func (p *Pages) notCompleteReturn(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil || string(s.Status) != "complete" {
		c.String(http.StatusOK, "not finished")
		return
	}
	p.db.Model(&Enrollment{}).Where("id = ?", s.ClientReferenceID).Update("status", "paid") // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
	c.String(http.StatusOK, "enrolled")
}

// finished answers whether the buyer finished the hosted page: not a
// paid check.
func finished(s *stripe.CheckoutSession) bool {
	return s.Status == stripe.CheckoutSessionStatusComplete
}

func (p *Pages) completeHelper(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil || !finished(s) {
		c.String(http.StatusOK, "not finished")
		return
	}
	p.db.Model(&Enrollment{}).Where("id = ?", s.ClientReferenceID).Update("status", "paid") // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
	c.String(http.StatusOK, "enrolled")
}

// paidOnly: payment_status is the verdict.
func (p *Pages) paidOnly(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		p.db.Model(&Enrollment{}).Where("id = ?", s.ClientReferenceID).Update("status", "paid")
	}
	c.String(http.StatusOK, "thanks")
}

// completeAndPaid: complete and paid.
func (p *Pages) completeAndPaid(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil || s.Status != stripe.CheckoutSessionStatusComplete || s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		c.String(http.StatusOK, "processing")
		return
	}
	p.db.Model(&Enrollment{}).Where("id = ?", s.ClientReferenceID).Update("status", "paid")
	c.String(http.StatusOK, "thanks")
}

// sessionPaid is a paid check: it returns payment_status == paid.
func sessionPaid(s *stripe.CheckoutSession) bool {
	return s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid
}

func (p *Pages) paidHelper(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil || !sessionPaid(s) {
		c.String(http.StatusOK, "processing")
		return
	}
	p.db.Model(&Enrollment{}).Where("id = ?", s.ClientReferenceID).Update("status", "paid")
	c.String(http.StatusOK, "thanks")
}

// intentSucceeded: the expanded PaymentIntent's own status.
func (p *Pages) intentSucceeded(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil || s.PaymentIntent == nil || s.PaymentIntent.Status != stripe.PaymentIntentStatusSucceeded {
		c.String(http.StatusOK, "processing")
		return
	}
	p.db.Model(&Enrollment{}).Where("id = ?", s.ClientReferenceID).Update("status", "paid")
	c.String(http.StatusOK, "thanks")
}

// ownRow: the shop's booking, completed by its webhook.
func (p *Pages) ownRow(c *gin.Context) {
	var b Booking
	if err := p.db.First(&b, "id = ?", c.Query("booking")).Error; err != nil {
		c.String(http.StatusNotFound, "unknown booking")
		return
	}
	if b.Status == "completed" {
		p.db.Model(&Enrollment{}).Where("id = ?", b.ID).Update("status", "paid")
	}
	c.String(http.StatusOK, "thanks")
}
