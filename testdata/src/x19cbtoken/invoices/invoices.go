// Package invoices settles invoices from a provider's paid callbacks; the
// callback check is a middleware the caller hands in through Routes.
package invoices

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
)

type paidCallback struct {
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
}

// Hooks receives the callbacks.
type Hooks struct{ DB *sql.DB }

// InvoicePaid marks the invoice paid from the posted status.
func (h *Hooks) InvoicePaid(c echo.Context) error {
	var cb paidCallback
	if err := json.NewDecoder(c.Request().Body).Decode(&cb); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if cb.Status == "PAID" {
		if _, err := h.DB.Exec(`UPDATE invoices SET status = 'paid' WHERE external_id = $1`, cb.ExternalID); err != nil {
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}

// Routes mounts the callbacks behind the middleware it is handed.
type Routes struct {
	Echo      *echo.Echo
	Callbacks echo.MiddlewareFunc
	Hooks     *Hooks
}

// Mount registers the callback routes.
func (r *Routes) Mount() {
	g := r.Echo.Group("/callbacks", r.Callbacks)
	g.POST("/invoice-paid", r.Hooks.InvoicePaid)
}
