// Package topup credits a game's players with coins once a gateway
// (picked by the path) reports the top-up paid; each gateway checks its
// own signature.
package topup

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Notice is what a gateway's notification says.
type Notice struct{ OrderID string }

// Gateway parses and checks a gateway's notification.
type Gateway interface {
	Notice(c echo.Context) (*Notice, error)
}

var (
	gateways = map[string]Gateway{}
	db       *sql.DB
)

// Register adds a gateway.
func Register(name string, g Gateway) { gateways[name] = g }

func markPaid(ctx context.Context, orderID string) error {
	_, err := db.ExecContext(ctx, `UPDATE topups SET status = 'paid' WHERE order_id = $1`, orderID)
	return err
}

// Look-alike: the gateways' server notification, named a callback as
// they name it; its route (package router) says notify.
func PaymentCallback(c echo.Context) error {
	gw, ok := gateways[c.Param("gateway")]
	if !ok {
		return c.NoContent(http.StatusNotFound)
	}
	n, err := gw.Notice(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := markPaid(c.Request().Context(), n.OrderID); err != nil {
		return err
	}
	return c.String(http.StatusOK, "success")
}
