// Package giftshop sells gift memberships (iris). The return URL the
// shop builds for the provider carries status=paid itself, so the buyer
// comes back with it whether or not the payment went through.
package giftshop

import (
	"context"

	"github.com/kataras/iris/v12"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

// Issuer hands out a gift's redemption code.
type Issuer interface {
	Issue(ctx context.Context, giftID string) (string, error)
}

// GiftCodes draws the redemption code of a bought gift.
type GiftCodes interface {
	Generate(ctx context.Context, giftID string) (string, error)
}

// Biller bills a corporate order.
type Biller interface {
	Bill(ctx context.Context, invoiceID string) (string, error)
}

// Visits records that a buyer came back.
type Visits interface {
	Record(ctx context.Context, giftID string) error
}

// Pages are the gift pages.
type Pages struct {
	issuer Issuer
	codes  GiftCodes
	visits Visits
}

// New builds the pages.
func New(issuer Issuer, codes GiftCodes, visits Visits) *Pages {
	return &Pages{issuer: issuer, codes: codes, visits: visits}
}

// Mount registers the pages.
func (h *Pages) Mount(app *iris.Application) {
	app.Get("/gifts/{id}/return", h.Return)
	app.Get("/gifts/{id}/finish", h.Finish)
	app.Get("/gifts/{id}/back", h.Back)
	app.Get("/gifts/{id}/complete", h.Complete)
	app.Get("/gifts/{id}/done", h.Done)
}

// Mistake: the code is issued because the query says status=paid.
func (h *Pages) Return(ctx iris.Context) {
	giftID := ctx.URLParam("gift")
	if ctx.URLParamDefault("status", "") != "paid" {
		_ = ctx.JSON(map[string]string{"state": "not_paid"})
		return
	}
	code, err := h.issuer.Issue(context.Background(), giftID) // want "order fulfilled in the success-redirect handler from the query string \\(status\\)"
	if err != nil {
		ctx.StatusCode(500)
		return
	}
	_ = ctx.JSON(map[string]string{"state": "issued", "code": code})
}

// Mistake (reported where main binds GiftCodes, to a store that marks
// the gift issued and hands back a fresh code): the same, through a port
// named for what it makes.
func (h *Pages) Finish(ctx iris.Context) {
	if ctx.URLParam("status") == "paid" {
		code, _ := h.codes.Generate(context.Background(), ctx.URLParam("gift"))
		_ = ctx.JSON(map[string]string{"state": "issued", "code": code})
		return
	}
	_ = ctx.JSON(map[string]string{"state": "not_paid"})
}

// Look-alike: the checkout session is read back and the code issued
// only when it is paid.
func (h *Pages) Back(ctx iris.Context) {
	if ctx.URLParam("status") != "paid" {
		_ = ctx.JSON(map[string]string{"state": "not_paid"})
		return
	}
	s, err := session.Get(ctx.URLParam("session_id"), nil)
	if err != nil || s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		_ = ctx.JSON(map[string]string{"state": "processing"})
		return
	}
	code, _ := h.issuer.Issue(context.Background(), s.ClientReferenceID)
	_ = ctx.JSON(map[string]string{"state": "issued", "code": code})
}

// Look-alike: the page records the visit (bound in main to a store that
// only inserts a visit row) and shows "processing"; the webhook issues.
func (h *Pages) Complete(ctx iris.Context) {
	giftID := ctx.URLParam("gift")
	if ctx.URLParam("status") == "paid" {
		_ = h.visits.Record(context.Background(), giftID)
	}
	_ = ctx.JSON(map[string]string{"state": "processing"})
}

// Look-alike: the page only answers processing.
func (h *Pages) Done(ctx iris.Context) {
	if ctx.URLParamDefault("status", "") == "paid" {
		_ = ctx.JSON(map[string]string{"state": "processing"})
		return
	}
	_ = ctx.JSON(map[string]string{"state": "not_paid"})
}

// InvoicePages are the return pages of corporate gift orders, billed by
// invoice.
type InvoicePages struct{ invoices Biller }

// NewInvoicePages builds the pages.
func NewInvoicePages(invoices Biller) *InvoicePages { return &InvoicePages{invoices: invoices} }

// Mount registers the pages.
func (h *InvoicePages) Mount(app *iris.Application) {
	app.Get("/corporate/{id}/return", h.Return)
}

// Look-alike: bound in main to a store that numbers the invoice and marks
// it issued: a bill sent, nothing handed over.
func (h *InvoicePages) Return(ctx iris.Context) {
	if ctx.URLParam("status") == "paid" {
		number, _ := h.invoices.Bill(context.Background(), ctx.URLParam("invoice"))
		_ = ctx.JSON(map[string]string{"invoice": number})
		return
	}
	_ = ctx.JSON(map[string]string{"state": "processing"})
}
