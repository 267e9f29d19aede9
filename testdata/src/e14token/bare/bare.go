// Package bare serves invoice callbacks with no check at all, and a
// carrier's delivery callback.
package bare

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Notice is an invoice provider's callback body.
type Notice struct {
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
}

// Handlers serve the callbacks.
type Handlers struct{ db *sql.DB }

func (h *Handlers) markInvoice(c echo.Context, id string) error {
	_, err := h.db.ExecContext(c.Request().Context(), `UPDATE invoices SET status = 'paid' WHERE external_id = $1`, id)
	return err
}

func (h *Handlers) markParcel(c echo.Context, id string) error {
	_, err := h.db.ExecContext(c.Request().Context(), `UPDATE parcels SET status = 'delivered' WHERE tracking = $1`, id)
	return err
}

// InvoiceCallback trusts whatever is posted to the invoice callback.
func (h *Handlers) InvoiceCallback(c echo.Context) error {
	var n Notice
	if err := json.NewDecoder(c.Request().Body).Decode(&n); err != nil {
		return err
	}
	if n.Status == "PAID" {
		if err := h.markInvoice(c, n.ExternalID); err != nil { // want `acts on the payment`
			return err
		}
	}
	return c.NoContent(http.StatusOK)
}

// ParcelCallback records a carrier's delivery scan: no payment; silent.
func (h *Handlers) ParcelCallback(c echo.Context) error {
	var n Notice
	if err := json.NewDecoder(c.Request().Body).Decode(&n); err != nil {
		return err
	}
	if n.Status == "DELIVERED" {
		return h.markParcel(c, n.ExternalID)
	}
	return c.NoContent(http.StatusOK)
}

// Mount registers the callbacks.
func Mount(e *echo.Echo, h *Handlers) {
	e.POST("/callbacks/invoice", h.InvoiceCallback)
	e.POST("/callbacks/parcel", h.ParcelCallback)
}
