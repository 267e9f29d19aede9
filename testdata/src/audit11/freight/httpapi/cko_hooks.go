package httpapi

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"audit11/freight/domain"
	"audit11/freight/internal/signing"
	"audit11/freight/ops"
	"audit11/freight/store"
)

// CKOHooks receives Checkout.com webhooks.
type CKOHooks struct {
	secret   []byte
	claims   *store.Claims
	invoices domain.InvoiceStore
	mailer   *ops.Mailer
}

// NewCKOHooks returns the Checkout.com webhook handler.
func NewCKOHooks(secret []byte, claims *store.Claims, inv domain.InvoiceStore, mailer *ops.Mailer) *CKOHooks {
	return &CKOHooks{secret: secret, claims: claims, invoices: inv, mailer: mailer}
}

type ckoEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Amount    int64  `json:"amount"`
		Reference string `json:"reference"`
	} `json:"data"`
}

// invoiceNumber strips the suffix ckopay appends to references.
func invoiceNumber(ref string) string {
	if i := strings.LastIndex(ref, "-"); i > 0 {
		return ref[:i]
	}
	return ref
}

// Handle processes payment_captured and payment_declined events.
func (h *CKOHooks) Handle(c echo.Context) error {
	r := c.Request()
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := signing.Verify(h.secret, body, r.Header.Get("Cko-Signature")); err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	var ev ckoEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Type != "payment_captured" && ev.Type != "payment_declined" {
		return c.NoContent(http.StatusOK)
	}
	ctx := r.Context()
	first, err := h.claims.Claim(ctx, "cko", ev.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !first {
		return c.NoContent(http.StatusOK)
	}
	inv, err := h.invoices.ByNumber(ctx, invoiceNumber(ev.Data.Reference))
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if ev.Type == "payment_declined" {
		if err := h.invoices.SetStatus(ctx, inv.ID, domain.InvoiceFailed); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
		return c.NoContent(http.StatusOK)
	}
	if err := h.invoices.MarkPaid(ctx, inv.ID, ev.Data.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.mailer.SendReceipt(ctx, inv.BillingEmail, inv.Number, ev.Data.Amount); err != nil { // want "\\[webhookack\\] webhook handler calls ops.Mailer.SendReceipt, which sends a message \\(smtp.SendMail\\) before answering"
		log.Printf("cko webhook: receipt for %s: %v", inv.Number, err)
	}
	return c.NoContent(http.StatusOK)
}
