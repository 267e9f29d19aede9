// Package pages serves the festival's pages a buyer's browser comes back
// to from Mercado Pago (gin), each handing over downloads or passes.
package pages

import (
	"context"
	"database/sql"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"f18negstatus/mpgate"
)

// Downloads hands over what was bought.
type Downloads struct{ db *sql.DB }

// DeliverDownload unlocks the recording bought with an order.
func (d *Downloads) DeliverDownload(ctx context.Context, orderRef string) error {
	_, err := d.db.ExecContext(ctx, `INSERT INTO downloads (order_ref) VALUES ($1)`, orderRef)
	return err
}

// Pages are the return pages.
type Pages struct {
	gate      *mpgate.Gate
	downloads *Downloads
}

func (p *Pages) Mount(r *gin.Engine) {
	r.GET("/recordings/return", p.recordingsFailuresOnly)
	r.GET("/bootlegs/return", p.bootlegsChain)
	r.GET("/setlists/return", p.setlistsApproved)
	r.GET("/posters/return", p.postersCase)
	r.GET("/photos/return", p.photosHelper)
	r.GET("/stems/return", p.stemsEveryState)
	r.GET("/lyrics/return", p.lyricsNoRead)
}

func paymentID(q string) int {
	id, _ := strconv.Atoi(q)
	return id
}

// Mistake: only rejected and cancelled are turned back; pending,
// in_process and authorized payments get the recording.
func (p *Pages) recordingsFailuresOnly(c *gin.Context) {
	ctx := c.Request.Context()
	pay, err := p.gate.Lookup(ctx, paymentID(c.Query("key")))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	switch pay.Status {
	case "rejected", "cancelled":
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	if err := p.downloads.DeliverDownload(ctx, pay.ExternalReference); err != nil { // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.Redirect(http.StatusSeeOther, "/library")
}

// Mistake: the same negative list as an if chain.
func (p *Pages) bootlegsChain(c *gin.Context) {
	ctx := c.Request.Context()
	pay, err := p.gate.Lookup(ctx, paymentID(c.Query("key")))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if pay.Status == "rejected" || pay.Status == "cancelled" || pay.Status == "refunded" {
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	_ = p.downloads.DeliverDownload(ctx, pay.ExternalReference) // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
	c.Redirect(http.StatusSeeOther, "/library")
}

// Look-alike: anything but approved is turned back.
func (p *Pages) setlistsApproved(c *gin.Context) {
	ctx := c.Request.Context()
	pay, err := p.gate.Lookup(ctx, paymentID(c.Query("key")))
	if err != nil || pay.Status != "approved" {
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	_ = p.downloads.DeliverDownload(ctx, pay.ExternalReference)
	c.Redirect(http.StatusSeeOther, "/library")
}

// Look-alike: only the approved case hands over.
func (p *Pages) postersCase(c *gin.Context) {
	ctx := c.Request.Context()
	pay, err := p.gate.Lookup(ctx, paymentID(c.Query("key")))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	switch pay.Status {
	case "approved":
		_ = p.downloads.DeliverDownload(ctx, pay.ExternalReference)
		c.Redirect(http.StatusSeeOther, "/library")
	case "rejected", "cancelled":
		c.Redirect(http.StatusSeeOther, "/cart")
	default:
		c.String(http.StatusOK, "processing")
	}
}

// Look-alike: the wrapper's verdict is true only when approved.
func (p *Pages) photosHelper(c *gin.Context) {
	ctx := c.Request.Context()
	ok, err := p.gate.Approved(ctx, paymentID(c.Query("key")))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if !ok {
		c.String(http.StatusOK, "processing")
		return
	}
	_ = p.downloads.DeliverDownload(ctx, c.Query("external_reference"))
	c.Redirect(http.StatusSeeOther, "/library")
}

// Look-alike: every state Mercado Pago defines besides approved is
// turned back, so only an approved payment gets here.
func (p *Pages) stemsEveryState(c *gin.Context) {
	ctx := c.Request.Context()
	pay, err := p.gate.Lookup(ctx, paymentID(c.Query("key")))
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	switch pay.Status {
	case "pending", "authorized", "in_process", "in_mediation":
		c.String(http.StatusOK, "processing")
		return
	case "rejected", "cancelled", "refunded", "charged_back":
		c.Redirect(http.StatusSeeOther, "/cart")
		return
	}
	_ = p.downloads.DeliverDownload(ctx, pay.ExternalReference)
	c.Redirect(http.StatusSeeOther, "/library")
}

// Look-alike: a page on a return route that asks no provider anything
// (the lyrics sheet is free): no payment's return page.
func (p *Pages) lyricsNoRead(c *gin.Context) {
	_ = p.downloads.DeliverDownload(c.Request.Context(), c.Query("ref"))
	c.String(http.StatusOK, "enjoy")
}
