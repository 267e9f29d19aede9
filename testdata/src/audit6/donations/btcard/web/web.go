// Package web is the card-donation form's backend (echo).
package web

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit6/donations/btcard/gateway"
)

// Store keeps donations.
type Store interface {
	Status(ctx context.Context, donationID string) (string, error)
	SetStatus(ctx context.Context, donationID, status, txID string) error
}

// Handlers are the card endpoints.
type Handlers struct {
	gw    *gateway.Gateway
	store Store
}

// Register mounts the routes.
func Register(e *echo.Echo, gw *gateway.Gateway, store Store) {
	h := &Handlers{gw: gw, store: store}
	e.POST("/donate/card", h.charge)
	e.GET("/donate/card/complete", h.complete)
}

type chargeForm struct {
	DonationID string `json:"donation_id"`
	Nonce      string `json:"nonce"`
	Pence      int64  `json:"pence"`
}

func (h *Handlers) charge(c echo.Context) error {
	var f chargeForm
	if err := c.Bind(&f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	tx, err := h.gw.Charge(c.Request().Context(), f.DonationID, f.Nonce, f.Pence)
	if err != nil {
		_ = h.store.SetStatus(c.Request().Context(), f.DonationID, "failed", "")
		return c.JSON(http.StatusPaymentRequired, map[string]string{"error": "declined"})
	}
	if err := h.store.SetStatus(c.Request().Context(), f.DonationID, "paid", tx.Id); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "paid"})
}

// complete is where the front end lands after the form; it shows what the
// charge stored, nothing more.
func (h *Handlers) complete(c echo.Context) error {
	status, err := h.store.Status(c.Request().Context(), c.QueryParam("donation"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if status == "paid" {
		return c.String(http.StatusOK, "Thank you for your gift!")
	}
	return c.String(http.StatusOK, "We have not received your gift yet.")
}
