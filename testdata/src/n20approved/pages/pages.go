// Package pages serves the pages PayPal sends a choir's concert-goers
// back to (gin), each selling seats.
package pages

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"n20approved/ppgate"
)

// Seats books what was bought.
type Seats struct{ db *sql.DB }

// MarkSeatsPaid stores the booking paid.
func (s *Seats) MarkSeatsPaid(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET status = 'paid' WHERE paypal_order = $1`, orderID)
	return err
}

// local is a row of the choir's own, its status in the choir's words.
type local struct{ Status string }

func (s *Seats) booking(ctx context.Context, id string) (*local, error) {
	var l local
	err := s.db.QueryRowContext(ctx, `SELECT status FROM bookings WHERE paypal_order = $1`, id).Scan(&l.Status)
	return &l, err
}

// Pages are the return pages.
type Pages struct {
	gate  *ppgate.Gate
	pp    *paypal.Client
	seats *Seats
}

func (p *Pages) Mount(r *gin.Engine) {
	r.GET("/concerts/paypal/return", p.concertApproved)
	r.GET("/matinee/paypal/return", p.matineeSwitch)
	r.GET("/gala/paypal/return", p.galaCaptured)
	r.GET("/recital/paypal/return", p.recitalCompleted)
	r.GET("/rehearsal/paypal/return", p.rehearsalThanks)
	r.GET("/season/paypal/return", p.seasonStored)
}

// Mistake: APPROVED only says the buyer approved the order; nothing is
// captured, yet the seats are stored paid.
func (p *Pages) concertApproved(c *gin.Context) {
	ctx := c.Request.Context()
	o, err := p.gate.Lookup(ctx, c.Query("token"))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if o.Status == "APPROVED" || o.Status == "COMPLETED" {
		_ = p.seats.MarkSeatsPaid(ctx, o.ID) // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		c.Redirect(http.StatusSeeOther, "/tickets")
		return
	}
	c.Redirect(http.StatusSeeOther, "/cart")
}

// Mistake: the same with the SDK's constants in a switch, read directly.
func (p *Pages) matineeSwitch(c *gin.Context) {
	ctx := c.Request.Context()
	o, err := p.pp.GetOrder(ctx, c.Query("token"))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	switch o.Status {
	case paypal.OrderStatusCompleted, paypal.OrderStatusApproved:
		_ = p.seats.MarkSeatsPaid(ctx, o.ID) // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		c.Redirect(http.StatusSeeOther, "/tickets")
	default:
		c.Redirect(http.StatusSeeOther, "/cart")
	}
}

// Look-alike: the page captures the order and tests the capture
// COMPLETED before storing the seats.
func (p *Pages) galaCaptured(c *gin.Context) {
	ctx := c.Request.Context()
	capt, err := p.gate.Capture(ctx, c.Query("token"))
	if err != nil || capt.Status != paypal.OrderStatusCompleted {
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	_ = p.seats.MarkSeatsPaid(ctx, capt.ID)
	c.Redirect(http.StatusSeeOther, "/tickets")
}

// Look-alike: only a COMPLETED order gets the seats.
func (p *Pages) recitalCompleted(c *gin.Context) {
	ctx := c.Request.Context()
	o, err := p.gate.Lookup(ctx, c.Query("token"))
	if err != nil || o.Status != "COMPLETED" {
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	_ = p.seats.MarkSeatsPaid(ctx, o.ID)
	c.Redirect(http.StatusSeeOther, "/tickets")
}

// Look-alike: an APPROVED order only gets a thank-you page.
func (p *Pages) rehearsalThanks(c *gin.Context) {
	o, err := p.gate.Lookup(c.Request.Context(), c.Query("token"))
	if err != nil || o.Status != "APPROVED" {
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	c.String(http.StatusOK, "thank you, we will confirm your seats by e-mail")
}

// Look-alike: the choir's own row says approved (its words, stored once
// the capture went through): no PayPal value, the vocabulary decides.
func (p *Pages) seasonStored(c *gin.Context) {
	ctx := c.Request.Context()
	if _, err := p.gate.Lookup(ctx, c.Query("token")); err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	l, err := p.seats.booking(ctx, c.Query("token"))
	if err != nil || l.Status != "approved" {
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	_ = p.seats.MarkSeatsPaid(ctx, c.Query("token"))
	c.Redirect(http.StatusSeeOther, "/tickets")
}
