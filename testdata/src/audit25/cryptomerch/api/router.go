// Package api is the storefront's HTTP API (gin).
package api

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"audit25/cryptomerch/cards"
	"audit25/cryptomerch/commerce"
	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/shop"
	"audit25/cryptomerch/store"
)

// OrderConfirmer settles an order once it is known to be paid.
type OrderConfirmer interface {
	Confirm(ctx context.Context, orderID string) error
}

// Deps is everything the handlers need.
type Deps struct {
	Cfg       platform.Config
	Orders    *store.Orders
	Preorders *store.Preorders
	Payouts   *store.Payouts
	Checkout  *cards.Checkout
	Commerce  *commerce.Client
	Confirmer OrderConfirmer
	Drops     *shop.Drops
	Topups    *shop.Topups
}

// Server holds the handlers.
type Server struct {
	d Deps
}

// New builds the gin engine.
func New(d Deps) *gin.Engine {
	s := &Server{d: d}
	r := gin.New()
	r.Use(requestLog())

	r.POST("/orders", s.createOrder)
	r.POST("/preorders/:id/deposit", s.startDeposit)
	r.POST("/topups", s.openTopup)

	r.GET("/checkout/success", s.checkoutSuccess)
	r.GET("/drops/:id/complete", s.dropComplete)
	r.GET("/crypto/return", s.cryptoReturn)
	r.GET("/crypto/pending", s.cryptoPending)
	r.GET("/preorders/:id/return", s.depositReturn)

	r.POST("/webhooks/stripe-refunds", (&refundHooks{orders: d.Orders, secret: d.Cfg.StripeRefWHS}).handle)

	mountCustody(r, d)
	return r
}

func requestLog() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		slog.Info("http", "path", c.Request.URL.Path, "method", c.Request.Method)
	}
}

func fail(c *gin.Context, code int, err error) {
	slog.Warn("request failed", "path", c.Request.URL.Path, "err", err)
	c.JSON(code, gin.H{"error": http.StatusText(code)})
}
