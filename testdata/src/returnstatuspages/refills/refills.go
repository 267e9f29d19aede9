// Package refills serves the pages a refill subscription's checkout
// sends the patient back to (gin): the route names a return in the
// shop's own words, and the status comes in the query string.
package refills

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/subscription"
)

// Shipper releases a refill box to the partner pharmacy.
type Shipper interface {
	ShipRefill(ctx context.Context, subscriptionID string) error
}

// Pages are the refill return pages.
type Pages struct {
	db      *sql.DB
	shipper Shipper
}

// New builds the pages.
func New(db *sql.DB, shipper Shipper) *Pages { return &Pages{db: db, shipper: shipper} }

// Register mounts the pages.
func (p *Pages) Register(r gin.IRouter) {
	r.GET("/refills/complete", p.complete)
	r.GET("/refills/finished", p.finished)
	r.GET("/refills/done", p.done)
	r.GET("/refills/landing/return", p.landing)
	r.GET("/pharmacist/link/return", p.linkReturn)
}

// Mistake: the first box is released because the return URL says the
// subscription is active; the subscription is never read from the
// provider.
func (p *Pages) complete(c *gin.Context) {
	subID := c.Query("subscription_id")
	if c.Query("status") == "active" {
		if err := p.shipper.ShipRefill(c.Request.Context(), subID); err != nil { // want "order fulfilled in the success-redirect handler from the query string"
			c.String(http.StatusInternalServerError, "could not start your refill")
			return
		}
	}
	c.Redirect(http.StatusFound, "/refills/"+subID)
}

// Mistake: the same, the refill row marked paid when the query's result
// says success.
func (p *Pages) finished(c *gin.Context) {
	if c.DefaultQuery("result", "") != "success" {
		c.String(http.StatusOK, "Your refill is not active yet.")
		return
	}
	_, _ = p.db.ExecContext(c.Request.Context(), `UPDATE refill_orders SET status = 'paid' WHERE subscription_id = $1`, c.Query("subscription")) // want "order fulfilled in the success-redirect handler from the query string \\(result\\)"
	c.String(http.StatusOK, "Your refill is on its way.")
}

// Look-alike: the subscription is read back from the provider and the
// box released only when it is active.
func (p *Pages) done(c *gin.Context) {
	subID := c.Query("subscription_id")
	if c.Query("status") != "active" {
		c.String(http.StatusOK, "Your refill is not active yet.")
		return
	}
	sub, err := subscription.Get(subID, nil)
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if sub.Status == stripe.SubscriptionStatusActive {
		_ = p.shipper.ShipRefill(c.Request.Context(), subID)
	}
	c.Redirect(http.StatusFound, "/refills/"+subID)
}

// Look-alike: the page only renders; the verified webhook ships.
func (p *Pages) landing(c *gin.Context) {
	if c.Query("status") == "active" {
		c.String(http.StatusOK, "Thanks! Your refill starts as soon as the payment is confirmed.")
		return
	}
	c.String(http.StatusOK, "Your payment is being processed.")
}

// Look-alike: an OAuth return (code and state) that opens the
// pharmacist's session; nothing is bought.
func (p *Pages) linkReturn(c *gin.Context) {
	if c.Query("status") != "success" || c.Query("state") == "" {
		c.String(http.StatusForbidden, "link refused")
		return
	}
	_, _ = p.db.ExecContext(c.Request.Context(), `INSERT INTO sessions (code, state) VALUES ($1, $2)`, c.Query("code"), c.Query("state"))
	c.Redirect(http.StatusFound, "/pharmacist")
}
