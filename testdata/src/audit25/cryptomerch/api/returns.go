package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82"

	"audit25/cryptomerch/shop"
	"audit25/cryptomerch/store"
)

// checkoutSuccess is Stripe Checkout's success_url for drops.
func (s *Server) checkoutSuccess(c *gin.Context) {
	sess, err := s.d.Checkout.Lookup(c, c.Query("session_id"))
	if err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	if sess.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		c.HTML(http.StatusOK, "processing.html", gin.H{"order": sess.ClientReferenceID})
		return
	}
	o, err := s.d.Orders.BySession(c, sess.ID)
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	if err := s.d.Orders.MarkPaid(c, o.ID); err != nil { // audit: lookalike redirectfulfill: the session is read back from Stripe and its payment_status compared with paid before anything is written
		fail(c, http.StatusInternalServerError, err)
		return
	}
	_ = s.d.Drops.Release(c, o)
	c.HTML(http.StatusOK, "thanks.html", gin.H{"order": o.ID})
}

// dropComplete is where the embedded card form sends the buyer back
// (return_url of the Payment Element flow used on mobile).
func (s *Server) dropComplete(c *gin.Context) {
	orderID := c.Query("order")
	if c.Query("redirect_status") == "succeeded" {
		if err := s.d.Confirmer.Confirm(c, orderID); err != nil { // audit: missed redirectfulfill: redirect_status comes from the buyer's URL; Confirm (shop.Drops, wired in main) marks the order paid, takes stock and mints without reading the payment intent back
			fail(c, http.StatusInternalServerError, err)
			return
		}
		c.HTML(http.StatusOK, "thanks.html", gin.H{"order": orderID})
		return
	}
	c.HTML(http.StatusOK, "failed.html", gin.H{"order": orderID})
}

// cryptoReturn is the redirect_url handed to the crypto checkout.
func (s *Server) cryptoReturn(c *gin.Context) {
	o, err := s.d.Orders.Get(c, c.Query("order_id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	if o.Status == store.OrderPending {
		// buyer is back from the hosted page, so the transfer went out
		if err := s.d.Orders.MarkPaid(c, o.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
			fail(c, http.StatusInternalServerError, err)
			return
		}
	}
	c.Redirect(http.StatusFound, "/crypto/pending?order_id="+o.ID)
}

// cryptoPending shows the order's state as the webhook recorded it.
func (s *Server) cryptoPending(c *gin.Context) {
	o, err := s.d.Orders.Get(c, c.Query("order_id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	if o.Status == store.OrderPaid { // audit: lookalike redirectfulfill: only renders the stored state, which the verified webhook sets; nothing is written here
		c.HTML(http.StatusOK, "thanks.html", gin.H{"order": o.ID})
		return
	}
	c.HTML(http.StatusOK, "processing.html", gin.H{"order": o.ID, "refresh": 5})
}

// depositReturn is the success_url of the deposit checkout.
func (s *Server) depositReturn(c *gin.Context) {
	id := c.Param("id")
	sessionID := c.Query("session_id")
	if sessionID == "" {
		c.Redirect(http.StatusFound, "/preorders/"+id)
		return
	}
	if err := s.d.Preorders.SetDeposit(c, id, shop.DepositPaid, sessionID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
		fail(c, http.StatusInternalServerError, err)
		return
	}
	c.HTML(http.StatusOK, "preorder_thanks.html", gin.H{"preorder": id})
}
