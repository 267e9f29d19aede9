// Package web holds the HTTP handlers: the shop and its payment pages
// (gin), Mollie webhooks (hertz) and gift memberships (iris).
package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"audit23/wineclub/billing"
	"audit23/wineclub/domain"
	"audit23/wineclub/paylater"
	"audit23/wineclub/platform"
	"audit23/wineclub/store"
	"audit23/wineclub/stripepay"
)

// Shop serves the bottle shop's checkout.
type Shop struct {
	orders   *store.Orders
	stripe   *stripepay.Service
	paylater *paylater.Client
	cellar   *billing.Cellar
	prices   map[string]string
	country  string
}

func NewShop(orders *store.Orders, sp *stripepay.Service, pl *paylater.Client, cellar *billing.Cellar, prices map[string]string) *Shop {
	return &Shop{orders: orders, stripe: sp, paylater: pl, cellar: cellar, prices: prices, country: "GB"}
}

// Routes mounts the shop pages.
func (h *Shop) Routes(r gin.IRouter) {
	g := r.Group("/shop")
	g.POST("/orders/:id/checkout", h.checkout)
	g.GET("/checkout/success", h.success)
	g.GET("/paylater/complete", h.payLaterComplete)
	r.GET("/cellar/fees/:id/return", h.cellarReturn)
}

func (h *Shop) checkout(c *gin.Context) {
	ctx := c.Request.Context()
	o, err := h.orders.Get(ctx, c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	s, err := h.stripe.StartCheckout(ctx, o, h.prices)
	if err != nil {
		platform.Logger("shop").Error("checkout", "order", o.ID, "err", err)
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if err := h.orders.AttachSession(ctx, o.ID, s.ID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusSeeOther, s.URL)
}

// success is Stripe's success_url.
func (h *Shop) success(c *gin.Context) {
	ctx := c.Request.Context()
	s, err := h.stripe.Session(c.Query("session_id"))
	if err != nil {
		c.HTML(http.StatusBadRequest, "checkout_error.html", nil)
		return
	}
	orderID := s.ClientReferenceID
	if err := h.orders.SetStatus(ctx, orderID, domain.OrderPaid); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		c.HTML(http.StatusInternalServerError, "checkout_error.html", nil)
		return
	}
	c.HTML(http.StatusOK, "thanks.html", gin.H{"order": orderID})
}

// payLaterComplete runs when the pay-later widget authorised the cart:
// the order is placed server side and confirmed once the provider has
// accepted it.
func (h *Shop) payLaterComplete(c *gin.Context) {
	ctx := c.Request.Context()
	o, err := h.orders.Get(ctx, c.Query("order"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	placed, err := h.paylater.PlaceOrder(ctx, c.Query("authorization_token"), o, h.country)
	if err != nil {
		c.HTML(http.StatusPaymentRequired, "checkout_error.html", nil)
		return
	}
	if err := h.orders.AttachPayLater(ctx, o.ID, placed.OrderID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	po, err := h.paylater.WaitAccepted(ctx, placed.OrderID)
	if err != nil || po.FraudStatus != "ACCEPTED" {
		c.HTML(http.StatusOK, "processing.html", gin.H{"order": o.ID})
		return
	}
	if err := h.orders.SetStatus(ctx, o.ID, domain.OrderPaid); err != nil { // audit: lookalike redirectfulfill: paid only after the order read back from the provider says ACCEPTED
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.HTML(http.StatusOK, "thanks.html", gin.H{"order": o.ID})
}

// cellarReturn is the return_url after a member confirmed a storage fee
// with 3-D Secure.
func (h *Shop) cellarReturn(c *gin.Context) {
	ctx := c.Request.Context()
	feeID := c.Param("id")
	if c.Query("redirect_status") == "succeeded" {
		if err := h.cellar.Settle(ctx, feeID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			c.HTML(http.StatusInternalServerError, "cellar_error.html", nil)
			return
		}
		c.HTML(http.StatusOK, "cellar_paid.html", gin.H{"fee": feeID})
		return
	}
	c.HTML(http.StatusOK, "cellar_retry.html", gin.H{"fee": feeID})
}
