package storefront

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// SellerHandlers serves seller onboarding.
type SellerHandlers struct {
	store *Store
	oauth func(code string) (accountID string, err error)
}

// OnboardingReturn is the Account Link return_url. Stripe sends the seller
// back here when they leave onboarding; no money moves.
func (h *SellerHandlers) OnboardingReturn(c *gin.Context) {
	var s Seller
	if err := h.store.db.First(&s, "stripe_account_id = ?", c.Query("account")).Error; err != nil {
		c.String(http.StatusNotFound, "unknown account")
		return
	}
	now := time.Now()
	s.OnboardedAt = &now
	s.PayoutsEnabled = true
	h.store.db.Save(&s)
	c.Redirect(http.StatusFound, "/seller/dashboard?onboarding=complete")
}

// ConnectCallback is the OAuth redirect URI for Standard accounts:
// /connect/oauth/callback?code=ac_...&state=...
func (h *SellerHandlers) ConnectCallback(c *gin.Context) {
	acct, err := h.oauth(c.Query("code"))
	if err != nil {
		c.String(http.StatusBadRequest, "connect failed")
		return
	}
	h.store.db.Model(&Seller{}).Where("id = ?", c.Query("state")).Update("stripe_account_id", acct)
	c.Redirect(http.StatusFound, "/seller/dashboard?connected=1")
}
