// Package deskweb binds the billing service in ways that do not say
// which implementation runs: a constructor choosing at run time, and a
// setter its callers hand any implementation to.
package deskweb

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"

	"selfwiredhook/membership"
)

type deskHooks struct {
	billing membership.Billing
}

func newDeskHooks(db *sql.DB, live bool, secret string) *deskHooks {
	return &deskHooks{billing: membership.NewDesk(db, live, secret)}
}

// HandleStripe processes through whatever the desk chose.
func (h *deskHooks) HandleStripe(c *gin.Context) {
	payload, _ := c.GetRawData()
	if err := h.billing.ProcessEvent(payload, c.GetHeader("Stripe-Signature")); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

type settableHooks struct {
	billing membership.Billing
}

// SetBilling binds the service its caller chose.
func (h *settableHooks) SetBilling(b membership.Billing) { h.billing = b }

// HandleStripe processes through the service set on it.
func (h *settableHooks) HandleStripe(c *gin.Context) {
	payload, _ := c.GetRawData()
	if err := h.billing.ProcessEvent(payload, c.GetHeader("Stripe-Signature")); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Register mounts the webhooks.
func Register(r *gin.Engine, db *sql.DB, live bool, secret string, s *settableHooks) {
	r.POST("/webhooks/stripe", newDeskHooks(db, live, secret).HandleStripe)
	r.POST("/webhooks/stripe/desk", s.HandleStripe)
}
