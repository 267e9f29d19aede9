// Package hooks answers the bike-share payment provider's callbacks; the
// routes are mounted by package web.
package hooks

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"k14mapstatus/leasing"
)

// PaymentNotification is the provider's callback body.
type PaymentNotification struct {
	Kind string `json:"kind"`
	Data struct {
		Reference string `json:"reference"`
		Status    string `json:"status"`
	} `json:"data"`
}

// Hooks holds the use case.
type Hooks struct{ Desk leasing.Desk }

// RentalPaid settles the rental when the callback says PAID, checking no
// signature: judged where it is mounted.
func (h *Hooks) RentalPaid(c echo.Context) error {
	var n PaymentNotification
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.Data.Status == "PAID" {
		if err := h.Desk.Settle(c.Request().Context(), n.Data.Reference); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// RentalNoted only writes a note on the rental.
func (h *Hooks) RentalNoted(c echo.Context) error {
	var n PaymentNotification
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.Data.Status == "PAID" {
		if err := h.Desk.Remark(c.Request().Context(), n.Data.Reference); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// RentalLogged only appends to the rental's audit trail.
func (h *Hooks) RentalLogged(c echo.Context) error {
	var n PaymentNotification
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.Data.Status == "PAID" {
		if err := h.Desk.Record(c.Request().Context(), n.Data.Reference); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}
