// Package daypass sells day passes through a hosted PayPal checkout.
package daypass

import (
	"context"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"audit14/cowork/store"
)

// Passes is the day-pass storage the checkout needs.
type Passes interface {
	PassByOrder(ctx context.Context, orderID string) (*store.DayPass, error)
	ActivatePass(ctx context.Context, orderID string) error
}

// Checkout starts PayPal orders and handles the buyer's return.
type Checkout struct {
	pp       *paypal.Client
	passes   Passes
	priceEUR string
	baseURL  string
}

// NewCheckout returns the day-pass checkout.
func NewCheckout(pp *paypal.Client, passes Passes, priceEUR, baseURL string) *Checkout {
	return &Checkout{pp: pp, passes: passes, priceEUR: priceEUR, baseURL: baseURL}
}

type startRequest struct {
	PassID string `json:"pass_id" binding:"required"`
}

// Start creates the PayPal order for a reserved day pass and returns its
// approval link.
func (co *Checkout) Start(c *gin.Context) {
	var req startRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	order, err := co.pp.CreateOrderWithPaypalRequestID(c, paypal.OrderIntentCapture,
		[]paypal.PurchaseUnitRequest{{
			ReferenceID: req.PassID,
			Amount:      &paypal.PurchaseUnitAmount{Currency: "EUR", Value: co.priceEUR},
		}},
		nil, &paypal.ApplicationContext{BrandName: "Cowork Day Pass"}, "daypass-"+req.PassID)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "paypal unavailable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"order_id": order.ID, "approve": "https://www.paypal.com/checkoutnow?token=" + order.ID})
}

// Return is where PayPal sends the buyer after approval:
// /daypass/return?token=<order id>&PayerID=...
func (co *Checkout) Return(c *gin.Context) {
	orderID := c.Query("token")
	if orderID == "" {
		c.Redirect(http.StatusFound, co.baseURL+"/daypass")
		return
	}
	res, err := co.pp.CaptureOrderWithPaypalRequestId(c, orderID, paypal.CaptureOrderRequest{}, "capture-"+orderID, nil)
	if err != nil {
		log.Printf("daypass: capture %s: %v", orderID, err)
		c.HTML(http.StatusOK, "daypass_pending.html", gin.H{"order": orderID})
		return
	}
	if res.Status != paypal.OrderStatusCompleted {
		c.HTML(http.StatusOK, "daypass_pending.html", gin.H{"order": orderID})
		return
	}
	if err := co.passes.ActivatePass(c, orderID); err != nil {
		c.HTML(http.StatusInternalServerError, "error.html", nil)
		return
	}
	c.HTML(http.StatusOK, "daypass_ready.html", gin.H{"order": orderID})
}
