// Package api is the fan-facing HTTP API (gin): checkout for
// memberships and downloads, and the pages providers send fans back to.
package api

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"audit20/creators/billing"
	"audit20/creators/lemon"
	"audit20/creators/store"
)

// CaptureQueue hands PayPal captures to the worker.
type CaptureQueue interface {
	CapturePayPal(ctx context.Context, orderID, purchaseID string) error
}

// Config lists what the API needs.
type Config struct {
	Members   *store.Memberships
	Purchases *store.Purchases
	Checkout  *billing.Checkout
	VAT       *billing.VAT
	Lemon     *lemon.Client
	PayPal    *paypal.Client
	Media     *Media
	Captures  CaptureQueue
	PublicURL string
	Log       *slog.Logger
}

// API holds the handlers.
type API struct{ Config }

// New builds the API.
func New(c Config) *API { return &API{Config: c} }

// Routes mounts the API on r.
func (a *API) Routes(r *gin.Engine, auth gin.HandlerFunc) {
	fans := r.Group("/", auth)
	fans.POST("/memberships/:tier/checkout", a.subscribe)
	fans.GET("/memberships/welcome", a.welcome)
	fans.GET("/memberships/eu/return", a.euReturn)
	fans.POST("/purchases/:id/pay", a.pay)
	fans.GET("/purchases/:id/file", a.file)

	r.GET("/checkout/success", a.checkoutSuccess)
	r.GET("/downloads/thanks", a.lemonThanks)
	r.GET("/paypal/return", a.paypalReturn)
}

func fanID(c *gin.Context) string {
	id, _ := c.MustGet("fan_id").(string)
	return id
}

func fail(c *gin.Context, code int, msg string) {
	c.AbortWithStatusJSON(code, gin.H{"error": msg})
}

func (a *API) render(c *gin.Context, page string, data gin.H) {
	c.HTML(http.StatusOK, page, data)
}
