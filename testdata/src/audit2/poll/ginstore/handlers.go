package ginstore

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

// Handlers serves the storefront.
type Handlers struct {
	orders *OrderRepo
}

// NewHandlers wires the handlers.
func NewHandlers(o *OrderRepo) *Handlers { return &Handlers{orders: o} }

// CheckoutReturn is where the hosted payment page sends the buyer back.
func (h *Handlers) CheckoutReturn(c *gin.Context) {
	orderID := c.Query("order")
	if c.Query("status") == "success" {
		if err := h.orders.MarkPaid(orderID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(order\\)"
			c.String(http.StatusInternalServerError, "could not update order")
			return
		}
	}
	c.HTML(http.StatusOK, "thanks.html", gin.H{"order": orderID})
}

// CheckoutDone is the Stripe Checkout success_url.
func (h *Handlers) CheckoutDone(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil {
		c.String(http.StatusBadGateway, "please refresh")
		return
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		c.HTML(http.StatusOK, "pending.html", gin.H{"order": s.ClientReferenceID})
		return
	}
	if err := h.orders.MarkPaid(s.ClientReferenceID); err != nil {
		c.String(http.StatusInternalServerError, "could not update order")
		return
	}
	c.HTML(http.StatusOK, "thanks.html", gin.H{"order": s.ClientReferenceID})
}

// Thanks shows the order with whatever status the webhook stored.
func (h *Handlers) Thanks(c *gin.Context) {
	o, err := h.orders.Find(c.Param("id"))
	if err != nil {
		c.String(http.StatusNotFound, "no such order")
		return
	}
	c.HTML(http.StatusOK, "thanks.html", gin.H{"order": o.ID, "paid": o.Status == "paid"})
}
