// Package web serves the citizen-facing pages of the payments flow: the
// pages Checkout.com and PayPal send the citizen back to, and the
// instant-payment start pages.
package web

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"

	"audit16/civic/cardpay"
	"audit16/civic/store"
)

// Returns serves the provider return pages.
type Returns struct {
	cards   *cardpay.Cards
	pp      *cardpay.PayPal
	fines   *store.FineStore
	permits *store.PermitStore
	taxes   *store.TaxStore
	jobs    Jobs
}

// Jobs enqueues background work.
type Jobs interface {
	CapturePayPal(orderID string) error
}

func NewReturns(cards *cardpay.Cards, pp *cardpay.PayPal, fines *store.FineStore, permits *store.PermitStore, taxes *store.TaxStore, jobs Jobs) *Returns {
	return &Returns{cards: cards, pp: pp, fines: fines, permits: permits, taxes: taxes, jobs: jobs}
}

// FineReturn is the 3DS return page of a fine paid by card:
// GET /pay/fines/return?cko-session-id=sid_...
func (h *Returns) FineReturn(c echo.Context) error {
	ctx := c.Request().Context()
	d, err := h.cards.Details(ctx, c.QueryParam("cko-session-id"))
	if err != nil {
		return c.String(http.StatusBadGateway, "We could not confirm your payment yet. Please refresh.")
	}
	fine, err := h.fines.ByPayment(ctx, d.Id)
	if err != nil {
		return c.String(http.StatusNotFound, "Unknown payment")
	}
	if err := h.fines.MarkPaid(ctx, fine.ID, d.Id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/fines/"+fine.Number+"?paid=1")
}

// PermitReturn is the 3DS return page of a permit fee.
func (h *Returns) PermitReturn(c echo.Context) error {
	ctx := c.Request().Context()
	d, err := h.cards.Settled(ctx, c.QueryParam("cko-session-id"))
	if errors.Is(err, cardpay.ErrNotPaid) {
		return c.Redirect(http.StatusSeeOther, "/permits/payment-pending")
	}
	if err != nil {
		return c.String(http.StatusBadGateway, "We could not confirm your payment yet. Please refresh.")
	}
	p, err := h.permits.ByPayment(ctx, d.Id)
	if err != nil {
		return c.String(http.StatusNotFound, "Unknown payment")
	}
	if err := h.permits.Issue(ctx, p.ID); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/permits/"+p.ID)
}

// TaxPayPalReturn is the page PayPal sends the citizen back to after
// approving a council-tax order: GET /pay/tax/paypal/return?bill=..&token=..
func (h *Returns) TaxPayPalReturn(c echo.Context) error {
	ctx := c.Request().Context()
	billID := c.QueryParam("bill")
	o, err := h.pp.Order(ctx, c.QueryParam("token"))
	if err != nil {
		return c.String(http.StatusBadGateway, "PayPal is not answering, please refresh.")
	}
	if o.Status == paypal.OrderStatusApproved || o.Status == paypal.OrderStatusCompleted {
		if err := h.taxes.MarkBillPaid(ctx, billID, o.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
			return err
		}
		if o.Status == paypal.OrderStatusApproved {
			_ = h.jobs.CapturePayPal(o.ID)
		}
		return c.Redirect(http.StatusSeeOther, "/tax/bills/"+billID+"?paid=1")
	}
	return c.Redirect(http.StatusSeeOther, "/tax/bills/"+billID)
}

// PermitPayPalReturn captures a PayPal permit order and issues the permit.
func (h *Returns) PermitPayPalReturn(c echo.Context) error {
	ctx := c.Request().Context()
	orderID := c.QueryParam("token")
	capt, err := h.pp.Capture(ctx, orderID)
	if err != nil {
		return c.String(http.StatusPaymentRequired, "PayPal did not take the payment.")
	}
	if capt.Status != paypal.OrderStatusCompleted {
		return c.Redirect(http.StatusSeeOther, "/permits/payment-pending")
	}
	p, err := h.permits.ByPayment(ctx, orderID)
	if err != nil {
		return c.String(http.StatusNotFound, "Unknown payment")
	}
	if err := h.permits.Issue(ctx, p.ID); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/permits/"+p.ID)
}
