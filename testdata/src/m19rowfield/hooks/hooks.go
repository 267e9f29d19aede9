// Package hooks receives Midtrans's HTTP notifications on echo; the
// routes are mounted by the command.
package hooks

import (
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"m19rowfield/billing"
	"m19rowfield/readback"
	"m19rowfield/sigkey"
)

// Hooks holds the notification use cases.
type Hooks struct {
	Settle  billing.Settler
	Draft   billing.Drafter
	Confirm readback.Confirmer
	Sig     sigkey.Checker
}

// MidtransNotify trusts the posted transaction status.
func (h *Hooks) MidtransNotify(c echo.Context) error {
	var n billing.Notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.Settle.Settle(n); err != nil { // want `payment webhook Hooks.MidtransNotify acts on the payment \(billing.Settler.Settle \(billing.settler.Settle: paid state stored as payment.status by store.Payments.Update\)\) without verifying the provider's signature`
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// MidtransNotifySigned checks signature_key before settling.
func (h *Hooks) MidtransNotifySigned(c echo.Context) error {
	var n billing.Notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if !h.Sig.Valid(n.OrderID, n.StatusCode, n.GrossAmount, n.SignatureKey) {
		return c.NoContent(http.StatusForbidden)
	}
	if err := h.Settle.Settle(n); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// MidtransNotifyReadBack acts only on the status Midtrans answers.
func (h *Hooks) MidtransNotifyReadBack(c echo.Context) error {
	var n billing.Notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.Confirm.Confirm(n.OrderID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// MidtransNotifyDraft only remembers the method the buyer chose.
func (h *Hooks) MidtransNotifyDraft(c echo.Context) error {
	var n billing.Notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.Draft.Remember(n); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// MidtransNotifyLog only logs the notification.
func (h *Hooks) MidtransNotifyLog(c echo.Context) error {
	var n billing.Notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	log.Printf("midtrans %s: %s", n.OrderID, n.TransactionStatus)
	return c.NoContent(http.StatusOK)
}
