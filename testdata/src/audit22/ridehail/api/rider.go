package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"audit22/ridehail/billing"
	"audit22/ridehail/store"
)

// Hooks is what the provider callbacks package exposes to the router.
type Hooks interface {
	XenditPayment(c *gin.Context)
	XenditPayout(c *gin.Context)
	UPI(c *gin.Context)
}

// Rider serves the rider app.
type Rider struct {
	billing *billing.Service
	repo    *store.Repo
	geo     Geocoder
	log     *slog.Logger
}

// Geocoder resolves pick-up addresses.
type Geocoder interface {
	Reverse(ctx context.Context, lat, lng float64) (string, error)
}

// NewRider builds the rider API.
func NewRider(b *billing.Service, repo *store.Repo, geo Geocoder, log *slog.Logger) *Rider {
	return &Rider{billing: b, repo: repo, geo: geo, log: log}
}

// Routes mounts the rider API and the provider callbacks on r.
func (h *Rider) Routes(r *gin.Engine, hooks Hooks, xenditToken string) {
	r.Use(AccessLog(h.log))

	v1 := r.Group("/v1", RiderAuth())
	v1.POST("/trips/:id/pay", h.pay)
	v1.GET("/pickup/address", h.address)

	r.GET("/pay/return", h.paymentReturn)
	r.GET("/pay/done", h.done)

	cb := r.Group("/hooks/xendit", XenditToken(xenditToken))
	cb.POST("/payment", hooks.XenditPayment) // audit: lookalike webhookverify: the e-wallet callback is mounted in a group whose XenditToken middleware rejects a missing or wrong token
	r.POST("/hooks/xendit/payout", hooks.XenditPayout)
	r.POST("/hooks/upi", hooks.UPI)
}

type payReq struct {
	Method string `json:"method"`
	Phone  string `json:"phone"`
}

func (h *Rider) pay(c *gin.Context) {
	var req payReq
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	co, err := h.billing.StartFare(c, c.Param("id"), req.Method, req.Phone)
	if errors.Is(err, billing.ErrUnsupported) {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	if err != nil {
		h.log.Error("start fare", "trip", c.Param("id"), "err", err)
		c.JSON(http.StatusBadGateway, gin.H{"error": "payment provider unavailable"})
		return
	}
	c.JSON(http.StatusOK, co)
}

// address reverse-geocodes the pick-up pin; the maps vendor rate-limits
// bursts, so we retry briefly.
func (h *Rider) address(c *gin.Context) {
	var lat, lng float64
	var addr string
	var err error
	for i := 0; i < 3; i++ {
		addr, err = h.geo.Reverse(c, lat, lng)
		if err == nil {
			break
		}
		time.Sleep(150 * time.Millisecond) // audit: lookalike retrybackoff: a geocoding lookup, not a payment call
	}
	if err != nil {
		c.JSON(http.StatusServiceUnavailable, gin.H{"error": "address lookup failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"address": addr})
}

// paymentReturn is the e-wallet success_redirect_url: the OVO/GCash app
// sends the rider back here with the payment id and a status.
func (h *Rider) paymentReturn(c *gin.Context) {
	id := c.Query("payment_id")
	if c.Query("status") == "SUCCEEDED" {
		if err := h.repo.MarkPaid(c, id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(payment_id\\)"
			h.log.Error("mark paid from return", "payment", id, "err", err)
		}
		c.Redirect(http.StatusFound, "ridehail://trip/paid?payment_id="+id)
		return
	}
	c.Redirect(http.StatusFound, "ridehail://trip/pending?payment_id="+id)
}

// done is the generic "thanks" page for card payments: it shows what we
// know; the callback marks the payment paid.
func (h *Rider) done(c *gin.Context) {
	p, err := h.repo.Payment(c, c.Query("payment_id"))
	if err != nil {
		c.HTML(http.StatusNotFound, "pay_unknown.html", nil)
		return
	}
	state := "processing"
	if p.Status == store.PayPaid {
		state = "paid"
	}
	c.HTML(http.StatusOK, "pay_done.html", gin.H{"state": state, "amount": p.Amount}) // audit: lookalike redirectfulfill: the return page only reads our own row and renders "processing" until the verified callback has marked it paid
}
