package storefront

import (
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
)

// BuyerHandlers serves the buyer's post-checkout pages.
type BuyerHandlers struct {
	store *Store
	sc    *stripe.Client
}

// Complete is the PaymentIntent return_url:
// /orders/:id/complete?payment_intent=pi_..&redirect_status=succeeded
func (h *BuyerHandlers) Complete(c *gin.Context) {
	o, err := h.store.order(c.Param("id"))
	if err != nil {
		c.String(http.StatusNotFound, "no such order")
		return
	}
	if c.Query("redirect_status") != "succeeded" {
		c.HTML(http.StatusOK, "payment_failed.html", o)
		return
	}
	o.PaymentRef = c.Query("payment_intent")
	if err := h.store.releaseDigitalGoods(o); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.HTML(http.StatusOK, "download.html", o)
}

// Receipt is the same page for card wallets, checked against Stripe first.
func (h *BuyerHandlers) Receipt(c *gin.Context) {
	o, err := h.store.order(c.Param("id"))
	if err != nil {
		c.String(http.StatusNotFound, "no such order")
		return
	}
	pi, err := h.sc.V1PaymentIntents.Retrieve(c.Request.Context(), c.Query("payment_intent"), nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		c.HTML(http.StatusOK, "payment_pending.html", o)
		return
	}
	o.PaymentRef = pi.ID
	if err := h.store.releaseDigitalGoods(o); err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.HTML(http.StatusOK, "download.html", o)
}
