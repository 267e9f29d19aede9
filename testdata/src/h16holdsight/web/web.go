// Package web serves a yoga studio's return pages on gin: the class is
// booked on a card authorisation captured after the class.
package web

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"

	"h16holdsight/booking"
	"h16holdsight/store"
)

// Pages holds the pages.
type Pages struct {
	svc      *booking.Service
	bookings *store.Bookings
	users    *store.Users
	secret   string
}

// Register mounts the pages.
func (p *Pages) Register(r *gin.Engine) {
	r.GET("/class/return", p.Return)
	r.GET("/class/return/held", p.ReturnHeld)
	r.GET("/class/return/inline", p.ReturnInline)
	r.GET("/class/return/checked", p.ReturnChecked)
	r.GET("/class/return/service", p.ReturnService)
	r.GET("/class/return/pending", p.ReturnPending)
	r.GET("/class/return/member", p.ReturnMember)
	r.POST("/webhooks/stripe", p.Hook)
}

func (p *Pages) read(c *gin.Context) (*stripe.PaymentIntent, bool) {
	pi, err := paymentintent.Get(c.Query("payment_intent"), nil)
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return nil, false
	}
	return pi, true
}

// Return books the class through the service's Hold after testing only the metadata.
func (p *Pages) Return(c *gin.Context) {
	pi, err := paymentintent.Get(c.Query("payment_intent"), nil)
	if err != nil || pi.Metadata["booking"] != c.Query("booking") {
		c.String(http.StatusBadRequest, "unknown booking")
		return
	}
	if err := p.svc.Hold(c.Request.Context(), c.Query("booking")); err != nil { // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.String(http.StatusOK, "see you in class")
}

// ReturnHeld marks the booking held through the store's own UPDATE.
func (p *Pages) ReturnHeld(c *gin.Context) {
	if _, err := paymentintent.Get(c.Query("payment_intent"), nil); err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	p.bookings.MarkHeld(c.Request.Context(), c.Query("booking")) // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
	c.String(http.StatusOK, "see you in class")
}

// ReturnInline hands the store the hold itself.
func (p *Pages) ReturnInline(c *gin.Context) {
	if _, err := paymentintent.Get(c.Query("payment_intent"), nil); err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	_ = p.bookings.SetPaymentStatus(c.Request.Context(), c.Query("booking"), "authorized") // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
	c.String(http.StatusOK, "see you in class")
}

// ReturnChecked tests requires_capture first: silent.
func (p *Pages) ReturnChecked(c *gin.Context) {
	pi, ok := p.read(c)
	if !ok {
		return
	}
	if pi.Status == stripe.PaymentIntentStatusRequiresCapture || pi.Status == stripe.PaymentIntentStatusSucceeded {
		_ = p.bookings.SetPaymentStatus(c.Request.Context(), c.Query("booking"), "authorized")
	}
	c.String(http.StatusOK, "thanks")
}

// ReturnService leaves the test to the service, which reads the status: silent.
func (p *Pages) ReturnService(c *gin.Context) {
	if err := p.svc.HoldIfCapturable(c.Request.Context(), c.Query("booking"), c.Query("payment_intent")); err != nil {
		c.String(http.StatusPaymentRequired, "card not authorised")
		return
	}
	c.String(http.StatusOK, "see you in class")
}

// ReturnPending records only that the payment is pending: silent.
func (p *Pages) ReturnPending(c *gin.Context) {
	if _, ok := p.read(c); !ok {
		return
	}
	_ = p.bookings.SetPaymentStatus(c.Request.Context(), c.Query("booking"), "pending")
	c.String(http.StatusOK, "we are confirming your card")
}

// ReturnMember marks the member's account authorised, no payment: silent.
func (p *Pages) ReturnMember(c *gin.Context) {
	if _, ok := p.read(c); !ok {
		return
	}
	_ = p.users.SetStatus(c.Request.Context(), c.Query("user"), "authorized")
	c.String(http.StatusOK, "welcome")
}

// Hook records the hold from the verified webhook: silent.
func (p *Pages) Hook(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), p.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Type == "payment_intent.amount_capturable_updated" {
		_ = p.svc.Hold(c.Request.Context(), ev.ID)
	}
	c.Status(http.StatusOK)
}
