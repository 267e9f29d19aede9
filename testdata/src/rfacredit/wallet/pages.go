// Package wallet holds the buyer's wallet top-up return page; its
// balance store is bound in main.
package wallet

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Balances is the balance port.
type Balances interface {
	Add(ctx context.Context, userID string, cents int64) error
}

// Visits counts page views.
type Visits interface {
	Bump(ctx context.Context, userID string) error
}

type Pages struct {
	balances Balances
	visits   Visits
}

func NewPages(b Balances, v Visits) *Pages { return &Pages{balances: b, visits: v} }

func (p *Pages) Register(e *echo.Echo) {
	e.GET("/wallet/topup/return", p.TopupReturn)
}

// TopupReturn credits the wallet with the amount the query says.
func (p *Pages) TopupReturn(c echo.Context) error {
	ctx := c.Request().Context()
	user := c.QueryParam("user")
	p.visits.Bump(ctx, user)
	p.balances.Add(ctx, user, 500)
	return c.String(http.StatusOK, "topped up")
}
