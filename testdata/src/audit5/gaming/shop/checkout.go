package shop

import (
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

// Catalogue maps a SKU to its Stripe price and gem count.
var Catalogue = map[string]struct {
	Price string
	Gems  int64
}{
	"gems_500":  {"price_gems500", 500},
	"gems_1200": {"price_gems1200", 1200},
	"pass_s12":  {"price_pass_s12", 0},
}

const base = "https://play.example-games.com"

func checkoutParams(o *Order, price string) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(o.PlayerID),
		SuccessURL:        stripe.String(base + "/shop/checkout/return?order=" + o.ID + "&session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(base + "/shop"),
		Metadata:          map[string]string{"order_id": o.ID, "sku": o.SKU},
		LineItems:         []*stripe.CheckoutSessionLineItemParams{{Price: stripe.String(price), Quantity: stripe.Int64(1)}},
	}
}

// newSessionWithRetry hides Stripe's occasional connection resets from the
// player.
func newSessionWithRetry(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		s, err := session.New(params)
		if err == nil {
			return s, nil
		}
		lastErr = err
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, lastErr
}

// BuyGems starts a Stripe Checkout for a gem pack.
func (h *Handler) BuyGems(c *gin.Context) {
	item, ok := Catalogue[c.PostForm("sku")]
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": "unknown sku"})
		return
	}
	player, _ := c.MustGet("player_id").(string)
	o := &Order{PlayerID: player, SKU: c.PostForm("sku"), Gems: item.Gems, Status: "pending"}
	if err := h.orders.Create(c, o); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "try again"})
		return
	}
	s, err := newSessionWithRetry(checkoutParams(o, item.Price))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "payment provider unavailable"})
		return
	}
	c.Redirect(http.StatusSeeOther, s.URL)
}

// BuyPass starts a Stripe Checkout for the season pass; the key is the
// order's, so a retried create returns the same session.
func (h *Handler) BuyPass(c *gin.Context) {
	player, _ := c.MustGet("player_id").(string)
	o := &Order{PlayerID: player, SKU: "pass_s12", Status: "pending"}
	if err := h.orders.Create(c, o); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "try again"})
		return
	}
	params := checkoutParams(o, Catalogue["pass_s12"].Price)
	params.SetIdempotencyKey("checkout-" + o.ID)
	var s *stripe.CheckoutSession
	err := errors.New("not tried")
	for attempt := 0; attempt < 3 && err != nil; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * time.Second)
		}
		s, err = session.New(params)
	}
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "payment provider unavailable"})
		return
	}
	c.Redirect(http.StatusSeeOther, s.URL)
}
