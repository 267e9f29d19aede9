// Package webhooks receives payment notifications from Checkout.com,
// PayPal, GoCardless and the central bank's instant-payment system.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit16/civic/extsvc"
	"audit16/civic/kit"
	"audit16/civic/store"
)

// ReceiptRenderer renders PDF receipts.
type ReceiptRenderer interface {
	Render(ctx context.Context, kind, ref string, pence int64) (*extsvc.Receipt, error)
}

// Checkout handles Checkout.com webhooks for card payments of fines.
type Checkout struct {
	secret   string
	fines    *store.FineStore
	ledger   *store.TaxStore
	receipts ReceiptRenderer
}

func NewCheckout(secret string, fines *store.FineStore, ledger *store.TaxStore, receipts ReceiptRenderer) *Checkout {
	return &Checkout{secret: secret, fines: fines, ledger: ledger, receipts: receipts}
}

type ckoEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID     string `json:"id"`
		Amount int64  `json:"amount"`
	} `json:"data"`
}

// Handle serves POST /webhooks/checkout.
func (h *Checkout) Handle(c echo.Context) error {
	req := c.Request()
	ctx := req.Context()
	body, err := io.ReadAll(io.LimitReader(req.Body, 1<<20))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := kit.VerifyCheckout(body, req.Header.Get("Cko-Signature"), h.secret); err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	var ev ckoEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Type != "payment_captured" {
		return c.NoContent(http.StatusOK)
	}
	fine, err := h.fines.ByPayment(ctx, ev.Data.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.fines.MarkPaid(ctx, fine.ID, ev.Data.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.ledger.Append(ctx, store.LedgerEntry{Account: "parking-fines", Ref: fine.Number, Cents: ev.Data.Amount, Source: "checkout"}); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row .store.TaxStore.Append"
		return c.NoContent(http.StatusInternalServerError)
	}
	rcpt, err := h.receipts.Render(ctx, "fine", fine.Number, ev.Data.Amount) // audit: reported at cmd/portal/main.go:131 (webhookack, where main binds ReceiptRenderer to extsvc.Receipts)
	if err == nil {
		_ = h.fines.AttachReceipt(ctx, fine.ID, rcpt.URL)
	}
	return c.NoContent(http.StatusOK)
}
