// Package tours sells guided tours through PayPal; the booking page the
// buyer comes back to is named in the shop's own words (finish), not
// return.
package tours

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Booking struct {
	ID            string
	PaymentStatus string
}

type Checklist struct {
	ID     string
	Status string
}

type Pages struct{ db *gorm.DB }

func (p *Pages) Mount(r *gin.Engine) {
	r.GET("/tours/bookings/:id/finish", p.finish)
	r.GET("/tours/bookings/:id/summary", p.summary)
	r.GET("/tours/guides/:id/checklist", p.checklist)
	r.GET("/tours/bookings/:id/settle", p.settle)
}

// finish stores the booking paid when PayPal's word COMPLETED is in the
// URL: the buyer can type it.
func (p *Pages) finish(c *gin.Context) {
	if strings.EqualFold(c.Query("outcome"), "COMPLETED") {
		p.db.Model(&Booking{}).Where("id = ?", c.Param("id")).Update("payment_status", "paid") // want `order fulfilled in the success-redirect handler from the query string \(outcome\) without reading the payment's status from the provider`
	}
	c.String(http.StatusOK, "see you on the tour")
}

// summary compares the query only to pick a tab: nothing is stored.
func (p *Pages) summary(c *gin.Context) {
	if c.Query("tab") == "completed" {
		c.String(http.StatusOK, "past tours")
		return
	}
	c.String(http.StatusOK, "upcoming tours")
}

// checklist marks a guide's checklist completed: no payment's state.
func (p *Pages) checklist(c *gin.Context) {
	if c.Query("step") == "completed" {
		p.db.Model(&Checklist{}).Where("id = ?", c.Param("id")).Update("status", "done")
	}
	c.String(http.StatusOK, "checked")
}

// settle stores the booking paid whatever the query says; the comparison
// only picks the page's words, so the page is not known by it (when
// unsure, stay silent).
func (p *Pages) settle(c *gin.Context) {
	p.db.Model(&Booking{}).Where("id = ?", c.Param("id")).Update("payment_status", "paid")
	if c.Query("outcome") == "COMPLETED" {
		c.String(http.StatusOK, "thanks")
		return
	}
	c.String(http.StatusOK, "noted")
}
