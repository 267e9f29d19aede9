// Package pages serves the page a player's browser comes back to.
package pages

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Pages are the player's pages.
type Pages struct{ db *sql.DB }

// Mistake: the page the browser comes back to, named a callback, marks
// the top-up paid because the query string says so.
func (p *Pages) PaymentCallback(c echo.Context) error {
	id := c.QueryParam("order_id")
	if c.QueryParam("status") == "paid" {
		_, _ = p.db.ExecContext(c.Request().Context(), `UPDATE topups SET status = 'paid' WHERE order_id = $1`, id) // want "order fulfilled in the success-redirect handler from the query string"
	}
	return c.Redirect(http.StatusSeeOther, "/wallet")
}
