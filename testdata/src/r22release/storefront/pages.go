// Package storefront serves the kit shop's buyer pages and the
// Flutterwave webhook; its stores are bound in main.
package storefront

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"

	"r22release/flw"
	"r22release/pgstore"
)

// Courier hands a bought kit over.
type Courier interface {
	Dispatch(ctx context.Context, ref string) error
}

// Pages are the buyer's pages.
type Pages struct {
	flw     *flw.Client
	courier Courier
	admin   *pgstore.Purchases // the back office reads purchases directly
	secret  string
}

// NewPages returns the pages.
func NewPages(client *flw.Client, courier Courier, admin *pgstore.Purchases, secret string) *Pages {
	return &Pages{flw: client, courier: courier, admin: admin, secret: secret}
}

// Mount registers the routes.
func (p *Pages) Mount(e *echo.Echo) {
	e.GET("/kits/pay/return", p.VerifiedErrOnly)
	e.GET("/kits/pay/complete", p.VerifiedStatus)
	e.GET("/kits/pay/done", p.VerifiedHelper)
	e.GET("/kits/pay/success", p.QueryStatus)
	e.GET("/kits/pay/receipt", p.Receipt)
	e.GET("/admin/purchases/:ref", p.Purchase)
	e.POST("/hooks/flutterwave", p.Hook)
}

// VerifiedErrOnly reads the transaction back but tests only the call's
// error: Flutterwave answers 200 with status "failed" for a declined card.
func (p *Pages) VerifiedErrOnly(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := p.flw.Verify(ctx, c.QueryParam("transaction_id"))
	if err != nil {
		return c.String(http.StatusBadGateway, "could not verify, refresh")
	}
	if err := p.courier.Dispatch(ctx, t.TxRef); err != nil {
		return err
	}
	return c.String(http.StatusOK, "your kit is on its way")
}

// VerifiedStatus tests the transaction's status: silent.
func (p *Pages) VerifiedStatus(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := p.flw.Verify(ctx, c.QueryParam("transaction_id"))
	if err != nil {
		return err
	}
	if t.Status != "successful" {
		return c.String(http.StatusOK, "payment not completed")
	}
	if err := p.courier.Dispatch(ctx, t.TxRef); err != nil {
		return err
	}
	return c.String(http.StatusOK, "your kit is on its way")
}

// VerifiedHelper's helper errs unless the transaction succeeded: silent.
func (p *Pages) VerifiedHelper(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := p.flw.VerifyPaid(ctx, c.QueryParam("transaction_id"))
	if err != nil {
		return c.String(http.StatusOK, "payment not completed")
	}
	if err := p.courier.Dispatch(ctx, t.TxRef); err != nil {
		return err
	}
	return c.String(http.StatusOK, "your kit is on its way")
}

// QueryStatus trusts the redirect's status parameter.
func (p *Pages) QueryStatus(c echo.Context) error {
	ref := c.QueryParam("tx_ref")
	if c.QueryParam("status") == "completed" {
		if err := p.courier.Dispatch(c.Request().Context(), ref); err != nil {
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/kits/thanks")
	}
	return c.Redirect(http.StatusSeeOther, "/kits/pay/failed")
}

// Receipt shows the verified amount and writes nothing: silent.
func (p *Pages) Receipt(c echo.Context) error {
	t, err := p.flw.Verify(c.Request().Context(), c.QueryParam("transaction_id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"ref": t.TxRef, "amount": t.Amount})
}

// Purchase is the back office's purchase page.
func (p *Pages) Purchase(c echo.Context) error {
	pu, err := p.admin.Get(c.Request().Context(), c.Param("ref"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, pu)
}

type hookEvent struct {
	Event string  `json:"event"`
	Data  flw.Txn `json:"data"`
}

// Hook is Flutterwave's webhook, checked by its verif-hash: dispatching
// here is the webhook's business, not a return page's: silent.
func (p *Pages) Hook(c echo.Context) error {
	r := c.Request()
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("verif-hash")), []byte(p.secret)) != 1 {
		return c.NoContent(http.StatusUnauthorized)
	}
	var ev hookEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Event == "charge.completed" && ev.Data.Status == "successful" {
		if err := p.courier.Dispatch(r.Context(), ev.Data.TxRef); err != nil {
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}

// Kiosk is the in-store kiosk's return page; its courier is bound to the
// stock holds, whose Dispatch frees a held kit.
type Kiosk struct{ stock Courier }

// NewKiosk returns the kiosk page.
func NewKiosk(stock Courier) *Kiosk { return &Kiosk{stock: stock} }

// Mount registers the kiosk's route.
func (k *Kiosk) Mount(e *echo.Echo) { e.GET("/kiosk/pay/return", k.Return) }

// Return frees the hold when the query says so: no goods handed over.
func (k *Kiosk) Return(c echo.Context) error {
	if c.QueryParam("status") == "completed" {
		if err := k.stock.Dispatch(c.Request().Context(), c.QueryParam("tx_ref")); err != nil {
			return err
		}
	}
	return c.String(http.StatusOK, "thanks")
}
