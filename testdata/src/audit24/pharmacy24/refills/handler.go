// Package refills serves monthly refill subscriptions (Razorpay Subscriptions).
package refills

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type Shipper interface {
	ShipRefill(ctx context.Context, subscriptionID string) error
}

type Handler struct {
	db      *sqlx.DB
	shipper Shipper
	appURL  string
}

func New(db *sqlx.DB, shipper Shipper, appURL string) *Handler {
	return &Handler{db: db, shipper: shipper, appURL: appURL}
}

func (h *Handler) Register(r gin.IRouter) {
	r.POST("/refills/events", h.events)
	r.GET("/refills/complete", h.complete)
}

type subscriptionEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Subscription struct {
			Entity struct {
				ID         string `json:"id"`
				PaidCount  int    `json:"paid_count"`
				CurrentEnd int64  `json:"current_end"`
			} `json:"entity"`
		} `json:"subscription"`
		Payment struct {
			Entity struct {
				ID     string `json:"id"`
				Amount int64  `json:"amount"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

func (h *Handler) events(c *gin.Context) {
	var e subscriptionEvent
	if err := c.ShouldBindJSON(&e); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	sub := e.Payload.Subscription.Entity
	switch e.Event {
	case "subscription.charged":
		_, err := h.db.ExecContext(c.Request.Context(), // want "\\[webhookverify\\] payment webhook /refills/events acts on the payment \\(paid state stored by"
			`UPDATE refill_invoices SET status = 'paid', razorpay_payment_id = $2 WHERE subscription_id = $1 AND cycle = $3`,
			sub.ID, e.Payload.Payment.Entity.ID, sub.PaidCount) // audit: reported at refills/handler.go:59, the handler's paid-state write (webhookverify): the refill invoice is marked paid from a body nobody verified (no X-Razorpay-Signature check here or on the route mounted in cmd/pharmacyd)
		if err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	case "subscription.halted", "subscription.cancelled":
		_, _ = h.db.ExecContext(c.Request.Context(), `UPDATE refill_plans SET state = $2 WHERE subscription_id = $1`, sub.ID, e.Event)
	}
	c.Status(http.StatusOK)
}

// complete is the page Razorpay's subscription checkout returns to.
func (h *Handler) complete(c *gin.Context) {
	subID := c.Query("subscription_id")
	if c.Query("status") == "authenticated" || c.Query("status") == "active" {
		if err := h.shipper.ShipRefill(c.Request.Context(), subID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
			c.String(http.StatusInternalServerError, "could not start your refill")
			return
		}
	}
	c.Redirect(http.StatusFound, h.appURL+"/refills/"+subID)
}
