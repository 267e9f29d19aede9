package api

import (
	"context"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"audit25/cryptomerch/cards"
	"audit25/cryptomerch/shop"
	"audit25/cryptomerch/store"
)

// Admin is the back-office and pop-up booth API (staff only).
type Admin struct {
	Token     string
	Orders    *store.Orders
	Preorders *store.Preorders
	Checkout  *cards.Checkout
	Refunder  *cards.Refunder
	Booth     *shop.Booth
	Deposits  *shop.Preorders
	Topups    *shop.Topups
	Screens   map[string]chan string
}

// Mount adds the staff routes.
func (a *Admin) Mount(r *gin.Engine) {
	g := r.Group("/admin", a.staffOnly)
	g.POST("/orders/:id/refund", a.refund)
	g.GET("/sessions/:id", a.reconcile)
	g.POST("/booth/:screen/orders/:id", a.boothSale)
	g.POST("/preorders/:id/deposit-link", a.depositLink)
	g.POST("/preorders/:id/renew", a.renewDeposit)
	g.POST("/topups/:hash/recheck", a.recheck)
}

func (a *Admin) staffOnly(c *gin.Context) {
	tok := c.GetHeader("Authorization")
	if subtle.ConstantTimeCompare([]byte(tok), []byte("Bearer "+a.Token)) != 1 || a.Token == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

func (a *Admin) refund(c *gin.Context) {
	o, err := a.Orders.Get(c, c.Param("id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	sess, err := a.Checkout.Lookup(c, o.SessionID)
	if err != nil || sess.PaymentIntent == nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	if _, err := a.Refunder.Refund(c, sess.PaymentIntent.ID, o.AmountCents, "requested_by_customer"); err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"status": "refund requested"})
}

func (a *Admin) reconcile(c *gin.Context) {
	s, err := a.Checkout.Reconcile(c, c.Param("id"))
	if err != nil {
		fail(c, http.StatusGatewayTimeout, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": s.Status, "payment_status": s.PaymentStatus})
}

func (a *Admin) boothSale(c *gin.Context) {
	screen, ok := a.Screens[c.Param("screen")]
	if !ok {
		c.Status(http.StatusNotFound)
		return
	}
	o, err := a.Orders.Get(c, c.Param("id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 45*time.Minute)
		defer cancel()
		show := func(url string) { screen <- url }
		var err error
		if c.Query("rail") == "lightning" {
			err = a.Booth.SellLightning(ctx, o, o.AmountCents*20, show)
		} else {
			err = a.Booth.SellCrypto(ctx, o, show)
		}
		if err != nil {
			slog.Warn("booth sale", "order", o.ID, "err", err)
		}
	}()
	c.Status(http.StatusAccepted)
}

func (a *Admin) depositLink(c *gin.Context) {
	p, err := a.Preorders.Get(c, c.Param("id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	email := c.PostForm("email")
	go func() {
		err := a.Deposits.CollectDeposit(context.Background(), p, func(url string) error {
			slog.Info("deposit link", "preorder", p.ID, "to", email, "url", url)
			return nil
		})
		if err != nil {
			slog.Warn("deposit", "preorder", p.ID, "err", err)
		}
	}()
	c.Status(http.StatusAccepted)
}

func (a *Admin) renewDeposit(c *gin.Context) {
	p, err := a.Preorders.Get(c, c.Param("id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
		defer cancel()
		if err := a.Deposits.RenewDeposit(ctx, p, func(string) error { return nil }); err != nil {
			slog.Warn("renew deposit", "preorder", p.ID, "err", err)
		}
	}()
	c.Status(http.StatusAccepted)
}

func (a *Admin) recheck(c *gin.Context) {
	if err := a.Topups.Recheck(c, c.Param("hash")); err != nil {
		fail(c, http.StatusGatewayTimeout, err)
		return
	}
	c.Status(http.StatusOK)
}
