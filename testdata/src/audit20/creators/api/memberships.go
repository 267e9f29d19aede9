package api

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"

	"audit20/creators/store"
)

var euCountries = []string{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}

type subscribeRequest struct {
	Country        string `json:"country"`
	StripeCustomer string `json:"stripe_customer"`
	PaddleCustomer string `json:"paddle_customer"`
}

// subscribe opens a checkout for a tier: Paddle for EU fans (VAT
// included in the price), Stripe for everyone else.
func (a *API) subscribe(c *gin.Context) {
	var in subscribeRequest
	if err := c.ShouldBindJSON(&in); err != nil {
		fail(c, http.StatusBadRequest, "invalid request")
		return
	}
	tier, err := a.Members.Tier(c, c.Param("tier"))
	if err != nil {
		fail(c, http.StatusNotFound, "unknown tier")
		return
	}
	var url string
	if slices.Contains(euCountries, in.Country) && tier.PaddlePriceID != "" {
		url, err = a.VAT.Checkout(c, fanID(c), in.PaddleCustomer, tier)
	} else {
		url, err = a.Checkout.Subscribe(c, fanID(c), in.StripeCustomer, tier)
	}
	if err != nil {
		a.Log.Error("open checkout", "tier", tier.ID, "err", err)
		fail(c, http.StatusBadGateway, "checkout unavailable, try again")
		return
	}
	c.JSON(http.StatusOK, gin.H{"url": url})
}

// welcome is Stripe's success_url for memberships. The webhook activates
// the membership; this page only tells the fan where things stand.
func (a *API) welcome(c *gin.Context) {
	m, err := a.Members.Get(c, fanID(c), c.Query("tier"))
	if err == nil && m.Status == store.MembershipActive { // audit: lookalike redirectfulfill: reads the membership state the verified webhook stored and only renders; nothing is granted here
		a.render(c, "welcome.html", gin.H{"tier": m.TierID})
		return
	}
	a.render(c, "processing.html", gin.H{"message": "Your payment is processing. We'll email you as soon as your membership is live."})
}

// euReturn is where Paddle Checkout sends EU fans back (?_ptxn=txn_...).
func (a *API) euReturn(c *gin.Context) {
	txn, paid, err := a.VAT.Settled(c, c.Query("_ptxn"))
	if err != nil {
		a.render(c, "processing.html", gin.H{"message": "We're confirming your payment."})
		return
	}
	if !paid {
		a.render(c, "failed.html", gin.H{"status": txn.Status})
		return
	}
	fan, _ := txn.CustomData["fan_id"].(string)
	tier, _ := txn.CustomData["tier_id"].(string)
	sub := ""
	if txn.SubscriptionID != nil {
		sub = *txn.SubscriptionID
	}
	if err := a.Members.Activate(c, fan, tier, "paddle", sub); err != nil { // audit: lookalike redirectfulfill: activated only after vat.Settled read the transaction from Paddle and answered paid (completed/paid status)
		fail(c, http.StatusInternalServerError, "try again")
		return
	}
	a.render(c, "welcome.html", gin.H{"tier": tier})
}
