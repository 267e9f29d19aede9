// Package billing settles invoices when the provider calls back.
package billing

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"

	"e14token/callbackauth"
)

// Handlers serve the invoice provider's callbacks.
type Handlers struct {
	db      *sql.DB
	checker *callbackauth.Checker
}

func (h *Handlers) settle(c echo.Context, n callbackauth.Notice) error {
	_, err := h.db.ExecContext(c.Request().Context(),
		`UPDATE invoices SET status = 'paid', paid_amount = $1 WHERE external_id = $2`, n.PaidAmount, n.ExternalID)
	return err
}

// InvoicePaid trusts a token compare that an unset variable opens.
func (h *Handlers) InvoicePaid(c echo.Context) error {
	n, err := callbackauth.ReadNotice(c)
	if err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	if n.Status == "PAID" {
		if err := h.settle(c, n); err != nil { // want `skips signature verification when the secret is empty`
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}

// InvoicePaidRequired refuses a missing token first; silent.
func (h *Handlers) InvoicePaidRequired(c echo.Context) error {
	n, err := callbackauth.ReadNoticeRequired(c)
	if err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	if n.Status == "PAID" {
		if err := h.settle(c, n); err != nil {
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}

// InvoicePaidChecked compares with a token the constructor requires; silent.
func (h *Handlers) InvoicePaidChecked(c echo.Context) error {
	n, err := h.checker.Read(c)
	if err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	if n.Status == "PAID" {
		if err := h.settle(c, n); err != nil {
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}

// Mount registers the callbacks.
func Mount(e *echo.Echo, h *Handlers) {
	e.POST("/callbacks/invoice", h.InvoicePaid)
	e.POST("/callbacks/invoice-required", h.InvoicePaidRequired)
	e.POST("/callbacks/invoice-checked", h.InvoicePaidChecked)
}
