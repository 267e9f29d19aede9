// Package hooks: echo Stripe listeners of a software shop applying paid
// invoices through the licensing service of another package.
package hooks

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"

	"m16rmw/licensing"
)

// Hooks holds the service.
type Hooks struct {
	secret string
	db     *sql.DB
	svc    *licensing.Service
}

// Mount mounts the listeners.
func (h *Hooks) Mount(e *echo.Echo) {
	e.POST("/webhooks/stripe/license-paid", h.LicensePaid)
	e.POST("/webhooks/stripe/plan-paid", h.PlanPaid)
	e.POST("/webhooks/stripe/credits-paid", h.CreditsPaid)
	e.POST("/webhooks/stripe/license-paid-once", h.LicensePaidOnce)
	e.POST("/webhooks/stripe/license-paid-checked", h.LicensePaidChecked)
	e.POST("/webhooks/stripe/license-period", h.LicensePeriod)
	e.POST("/webhooks/stripe/license-notice", h.LicenseNotice)
	e.POST("/webhooks/stripe/license-reactivated", h.LicenseReactivated)
	e.POST("/webhooks/stripe/license-reactivated-to", h.LicenseReactivatedTo)
}

type invoice struct {
	ID        string `json:"id"`
	Customer  string `json:"customer"`
	Credits   int64  `json:"credits"`
	PeriodEnd int64  `json:"period_end"`
}

func (h *Hooks) invoice(c echo.Context) (string, invoice, bool) {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return "", invoice{}, false
	}
	evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return "", invoice{}, false
	}
	var inv invoice
	if err := json.Unmarshal(evt.Data.Raw, &inv); err != nil {
		return "", invoice{}, false
	}
	return evt.ID, inv, true
}

// --- reported: the stored value pushed forward again on every delivery ---

// LicensePaid adds a year to the license on each delivery.
func (h *Hooks) LicensePaid(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.svc.Renew(c.Request().Context(), inv.Customer); err != nil { // want "webhook handler extends the subscription \\(licensing.Service.Renew: store.Licenses.SetValidUntil: valid_until \\+ period\\)"
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// PlanPaid adds thirty days to the plan on each delivery.
func (h *Hooks) PlanPaid(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.svc.RenewPlan(c.Request().Context(), inv.Customer) // want "webhook handler extends the subscription \\(licensing.Service.RenewPlan: store.Plans.SetPeriodEnd: period_end \\+ period\\)"
	return c.NoContent(http.StatusOK)
}

// CreditsPaid adds the pack to the balance on each delivery.
func (h *Hooks) CreditsPaid(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.svc.TopUp(c.Request().Context(), inv.Customer, inv.Credits) // want "webhook handler credits the balance \\(licensing.Service.TopUp: store.Wallets.SetCreditBalance: credit_balance \\+= …\\)"
	return c.NoContent(http.StatusOK)
}

// --- silent: guarded, or the same on every delivery ---

// LicensePaidOnce records the event id by a unique insert first.
func (h *Hooks) LicensePaidOnce(c echo.Context) error {
	id, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	res, err := h.db.ExecContext(ctx, `INSERT INTO stripe_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, id)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return c.NoContent(http.StatusOK)
	}
	_ = h.svc.Renew(ctx, inv.Customer)
	return c.NoContent(http.StatusOK)
}

// LicensePaidChecked reads the invoice's stored state before writing it:
// a paid invoice was applied by the first delivery.
func (h *Hooks) LicensePaidChecked(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	var old string
	if err := h.db.QueryRowContext(ctx, `SELECT status FROM invoices WHERE id = $1`, inv.ID).Scan(&old); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if old != "paid" {
		_, _ = h.db.ExecContext(ctx, `UPDATE invoices SET status = 'paid' WHERE id = $1`, inv.ID)
		_ = h.svc.Renew(ctx, inv.Customer)
		_ = h.svc.TopUp(ctx, inv.Customer, inv.Credits)
	}
	return c.NoContent(http.StatusOK)
}

// LicensePeriod sets the end the invoice carries, or a year from today.
func (h *Hooks) LicensePeriod(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	_ = h.svc.RenewTo(ctx, inv.Customer, time.Unix(inv.PeriodEnd, 0))
	_ = h.svc.RenewFromToday(ctx, inv.Customer)
	return c.NoContent(http.StatusOK)
}

// LicenseNotice schedules a reminder, shows the next end and counts a
// retry: no plan extended, no balance credited.
func (h *Hooks) LicenseNotice(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	_ = h.svc.Remind(ctx, inv.Customer)
	msg, _ := h.svc.NextEnd(ctx, inv.Customer)
	_ = h.svc.CountRetry(ctx, inv.Customer)
	return c.String(http.StatusOK, msg)
}

// LicenseReactivated adds a year on each delivery: the license is handed
// whole to a writer reading its fields.
func (h *Hooks) LicenseReactivated(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.svc.Reactivate(c.Request().Context(), inv.Customer) // want "webhook handler extends the subscription \\(licensing.Service.Reactivate: store.Licenses.Apply: valid_until \\+ period\\)"
	return c.NoContent(http.StatusOK)
}

// LicenseReactivatedTo sets the invoice's end through the same writer.
func (h *Hooks) LicenseReactivatedTo(c echo.Context) error {
	_, inv, ok := h.invoice(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.svc.ReactivateTo(c.Request().Context(), inv.Customer, time.Unix(inv.PeriodEnd, 0))
	return c.NoContent(http.StatusOK)
}
