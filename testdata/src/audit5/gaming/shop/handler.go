// Package shop is the web shop (gin): checkout pages, return pages and the
// daily reward. Wallet and order storage live behind interfaces (package
// wallet implements them; gameapi wires everything).
package shop

import (
	"context"
	"net/http"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"

	"github.com/gin-gonic/gin"
)

// Order is a web-shop order.
type Order struct {
	ID       string
	PlayerID string
	SKU      string
	Gems     int64
	Cents    int64
	Status   string // pending, paid, refunded
	MollieID string
}

// Wallet credits gems to a player.
type Wallet interface {
	CreditGems(ctx context.Context, playerID string, gems int64, ref string) error
}

// Orders stores web-shop orders.
type Orders interface {
	Create(ctx context.Context, o *Order) error
	Get(ctx context.Context, id string) (*Order, error)
	MarkPaid(ctx context.Context, id, providerRef string) error
}

// Handler serves the shop pages.
type Handler struct {
	wallet Wallet
	orders Orders
	mollie *mollie.Client
}

// NewHandler wires the handler.
func NewHandler(w Wallet, o Orders, m *mollie.Client) *Handler {
	return &Handler{wallet: w, orders: o, mollie: m}
}

// CheckoutReturn is Stripe Checkout's success_url:
// /shop/checkout/return?order=<id>&session_id={CHECKOUT_SESSION_ID}.
func (h *Handler) CheckoutReturn(c *gin.Context) {
	o, err := h.orders.Get(c, c.Query("order"))
	if err != nil {
		c.HTML(http.StatusNotFound, "notfound.tmpl", nil)
		return
	}
	if c.Query("session_id") == "" {
		c.Redirect(http.StatusFound, "/shop")
		return
	}
	if o.Status != "paid" {
		if err := h.wallet.CreditGems(c, o.PlayerID, o.Gems, "order:"+o.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status"
			c.HTML(http.StatusInternalServerError, "error.tmpl", nil)
			return
		}
		_ = h.orders.MarkPaid(c, o.ID, c.Query("session_id")) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status"
	}
	c.HTML(http.StatusOK, "thanks.tmpl", o)
}

// MollieReturn is Mollie's redirectUrl: the payment is read back from
// Mollie before anything is credited.
func (h *Handler) MollieReturn(c *gin.Context) {
	o, err := h.orders.Get(c, c.Param("order"))
	if err != nil {
		c.HTML(http.StatusNotFound, "notfound.tmpl", nil)
		return
	}
	res, err := h.mollie.Payments.Get(c, operations.GetPaymentRequest{PaymentID: o.MollieID})
	if err != nil || res.PaymentResponse == nil {
		c.HTML(http.StatusBadGateway, "error.tmpl", nil)
		return
	}
	if res.PaymentResponse.Status != components.PaymentResponseStatusPaid {
		c.HTML(http.StatusOK, "pending.tmpl", o)
		return
	}
	if o.Status != "paid" {
		if err := h.wallet.CreditGems(c, o.PlayerID, o.Gems, "order:"+o.ID); err != nil {
			c.HTML(http.StatusInternalServerError, "error.tmpl", nil)
			return
		}
		_ = h.orders.MarkPaid(c, o.ID, o.MollieID)
	}
	c.HTML(http.StatusOK, "thanks.tmpl", o)
}

// PassReturn shows the battle-pass page after checkout; the webhook
// unlocks the pass, this page only reports our stored state.
func (h *Handler) PassReturn(c *gin.Context) {
	o, err := h.orders.Get(c, c.Query("order"))
	if err != nil {
		c.HTML(http.StatusNotFound, "notfound.tmpl", nil)
		return
	}
	if c.Query("redirect_status") == "succeeded" && o.Status != "paid" {
		c.HTML(http.StatusOK, "processing.tmpl", o)
		return
	}
	c.HTML(http.StatusOK, "pass.tmpl", o)
}

// DailyReward grants the daily-login gems (no purchase involved); the
// wallet's ref makes the claim once per day.
func (h *Handler) DailyReward(c *gin.Context) {
	player, _ := c.MustGet("player_id").(string)
	day := c.Query("day")
	if err := h.wallet.CreditGems(c, player, 50, "daily:"+player+":"+day); err != nil {
		c.JSON(http.StatusConflict, gin.H{"error": "already claimed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"gems": 50})
}
