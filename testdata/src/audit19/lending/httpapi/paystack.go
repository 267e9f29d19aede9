package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit19/lending/store"
)

// ReceiptRenderer renders a repayment receipt.
type ReceiptRenderer interface {
	Render(ctx context.Context, template string, data any) (string, error)
}

// PaystackEvent is the body of a Paystack webhook.
type PaystackEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID        int64  `json:"id"`
		Reference string `json:"reference"`
		Status    string `json:"status"`
		Amount    int64  `json:"amount"`
		Metadata  struct {
			InstalmentID string `json:"instalment_id"`
			LoanID       string `json:"loan_id"`
		} `json:"metadata"`
	} `json:"data"`
}

// PaystackHooks handles Paystack events. The signature is checked by
// platform.PaystackSignature on the route group.
type PaystackHooks struct {
	st       *store.Store
	events   *store.Events
	receipts ReceiptRenderer
	log      *slog.Logger
}

// NewPaystackHooks returns the Paystack handlers.
func NewPaystackHooks(st *store.Store, events *store.Events, receipts ReceiptRenderer, log *slog.Logger) *PaystackHooks {
	return &PaystackHooks{st: st, events: events, receipts: receipts, log: log}
}

// ChargeSuccess settles a recurring repayment charged by the worker.
func (h *PaystackHooks) ChargeSuccess(c echo.Context) error {
	var ev PaystackEvent
	if err := json.NewDecoder(c.Request().Body).Decode(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Event != "charge.success" {
		return c.NoContent(http.StatusOK)
	}
	ctx := c.Request().Context()
	claimed, err := h.st.ClaimInstalmentPaid(ctx, ev.Data.Metadata.InstalmentID, ev.Data.Reference)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !claimed {
		return c.NoContent(http.StatusOK)
	}
	if err := h.st.LoanRepaid(ctx, ev.Data.Metadata.LoanID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	url, err := h.receipts.Render(ctx, "repayment-receipt", ev.Data)
	if err != nil {
		h.log.Warn("receipt", "ref", ev.Data.Reference, "err", err)
	}
	h.log.Info("repayment settled", "ref", ev.Data.Reference, "receipt", url)
	return c.NoContent(http.StatusOK)
}

// PayoffSuccess settles an early payoff paid on the Paystack checkout.
func (h *PaystackHooks) PayoffSuccess(c echo.Context) error {
	var ev PaystackEvent
	if err := json.NewDecoder(c.Request().Body).Decode(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Event != "charge.success" {
		return c.NoContent(http.StatusOK)
	}
	ctx := c.Request().Context()
	first, err := h.events.FirstDelivery(ctx, "paystack:"+ev.Data.Reference)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !first {
		return c.NoContent(http.StatusOK)
	}
	if err := h.st.MarkInstalmentPaid(ctx, ev.Data.Metadata.InstalmentID, ev.Data.Reference); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.st.LoanRepaid(ctx, ev.Data.Metadata.LoanID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
