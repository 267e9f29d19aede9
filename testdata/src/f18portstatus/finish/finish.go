// Package finish serves the pages a buyer's browser comes back to from
// Midtrans Snap (echo); each activates a plan.
package finish

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/midtrans/midtrans-go/coreapi"
)

// GatewayStatus answers a transaction's status by order id; main binds
// it to the Midtrans client of another package.
type GatewayStatus interface {
	TxnStatus(ctx context.Context, orderID string) (string, error)
}

// LedgerStatus answers a transaction's status too, as this package's
// implementations below know it.
type LedgerStatus interface {
	Lookup(ctx context.Context, orderID string) (string, error)
}

// midtransLedger asks Midtrans.
type midtransLedger struct{ mt coreapi.Client }

func (l midtransLedger) Lookup(ctx context.Context, orderID string) (string, error) {
	res, err := l.mt.CheckTransaction(orderID)
	if err != nil {
		return "", err
	}
	return res.TransactionStatus, nil
}

// Plans stores what was bought.
type Plans struct{ db *sql.DB }

// ActivatePlan switches on the plan an order bought.
func (p *Plans) ActivatePlan(ctx context.Context, orderID string) error {
	_, err := p.db.ExecContext(ctx, `UPDATE plans SET active = true WHERE order_id = $1`, orderID)
	return err
}

// SavedStatus is the shop's own record of the order's status.
func (p *Plans) SavedStatus(ctx context.Context, orderID string) (string, error) {
	var s string
	err := p.db.QueryRowContext(ctx, `SELECT status FROM orders WHERE id = $1`, orderID).Scan(&s)
	return s, err
}

// Pages are the finish pages.
type Pages struct {
	gateway GatewayStatus
	ledger  LedgerStatus
	plans   *Plans
}

func (p *Pages) Mount(e *echo.Echo) {
	e.GET("/pay/finish", p.snapFinish)
	e.GET("/pay/v2/finish", p.ledgerFinish)
	e.GET("/pay/v3/finish", p.queryFinish)
	e.GET("/pay/v4/finish", p.savedFinish)
}

// Look-alike: the port's answer must be Midtrans' settlement.
func (p *Pages) snapFinish(c echo.Context) error {
	ctx := c.Request().Context()
	orderID := c.QueryParam("order_id")
	st, err := p.gateway.TxnStatus(ctx, orderID)
	if err != nil {
		return c.String(http.StatusBadGateway, "try again")
	}
	if st != "settlement" {
		return c.String(http.StatusOK, "waiting for payment")
	}
	if err := p.plans.ActivatePlan(ctx, orderID); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/plan")
}

// Look-alike: the port this package implements asks Midtrans.
func (p *Pages) ledgerFinish(c echo.Context) error {
	ctx := c.Request().Context()
	orderID := c.QueryParam("order_id")
	st, err := p.ledger.Lookup(ctx, orderID)
	if err != nil || st != "settlement" {
		return c.String(http.StatusOK, "waiting for payment")
	}
	return p.plans.ActivatePlan(ctx, orderID)
}

// Mistake: the status compared is the one the redirect brought.
func (p *Pages) queryFinish(c echo.Context) error {
	ctx := c.Request().Context()
	orderID := c.QueryParam("order_id")
	if c.QueryParam("transaction_status") != "settlement" {
		return c.String(http.StatusOK, "waiting for payment")
	}
	return p.plans.ActivatePlan(ctx, orderID) // want "order fulfilled in the success-redirect handler from the query string \\(transaction_status\\) without reading the payment's status from the provider"
}

// Mistake: the shop's own stored status, which nothing here read from
// Midtrans, is taken for settlement.
func (p *Pages) savedFinish(c echo.Context) error {
	ctx := c.Request().Context()
	orderID := c.QueryParam("order_id")
	st, err := p.plans.SavedStatus(ctx, orderID)
	if err != nil || st != "settlement" {
		return c.String(http.StatusOK, "waiting for payment")
	}
	return p.plans.ActivatePlan(ctx, orderID) // want "order fulfilled in the success-redirect handler without reading the payment's status from the provider"
}
