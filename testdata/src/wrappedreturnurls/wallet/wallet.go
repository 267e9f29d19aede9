// Package wallet is an echo wallet topped up through a hosted crypto
// link; the link's back URL is handed through the wallet's own helper,
// then the client's OpenLink, to the charge's redirect_url.
package wallet

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"wrappedreturnurls/hosted"
)

// Topup is one wallet top-up.
type Topup struct {
	ID     string
	Amount int64
	Status string
}

// Wallet holds the pages.
type Wallet struct {
	db   *gorm.DB
	cc   *hosted.Client
	site string
}

// Mount routes the pages.
func Mount(e *echo.Echo, db *gorm.DB, cc *hosted.Client, site string) {
	w := &Wallet{db: db, cc: cc, site: site}
	e.POST("/wallet/topups/:id", w.start)
	e.GET("/wallet/topups/:id/done", w.done)
	e.GET("/wallet/connect/return", w.connectReturn)
}

// link is the wallet's own wrapper of the client.
func (w *Wallet) link(ctx context.Context, t *Topup, back string) (string, error) {
	return w.cc.OpenLink(ctx, t.ID, t.Amount, back)
}

func (w *Wallet) start(c echo.Context) error {
	t := &Topup{ID: c.Param("id")}
	if err := w.db.WithContext(c.Request().Context()).First(t, "id = ?", t.ID).Error; err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	url, err := w.link(c.Request().Context(), t, w.site+"/wallet/topups/"+t.ID+"/done")
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	return c.Redirect(http.StatusSeeOther, url)
}

// done is the link's redirect_url: the top-up is marked paid on the
// buyer's return alone.
func (w *Wallet) done(c echo.Context) error {
	w.db.WithContext(c.Request().Context()).Model(&Topup{}).Where("id = ?", c.Param("id")).Update("status", "paid") // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
	return c.String(http.StatusOK, "topped up")
}

// connectReturn is an OAuth return (code and state): it links an
// account, no payment.
func (w *Wallet) connectReturn(c echo.Context) error {
	if c.QueryParam("state") == "" || c.QueryParam("code") == "" {
		return c.NoContent(http.StatusBadRequest)
	}
	w.db.WithContext(c.Request().Context()).Table("linked_accounts").Where("state = ?", c.QueryParam("state")).Update("status", "active")
	return c.Redirect(http.StatusFound, "/wallet")
}
