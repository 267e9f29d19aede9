package bankreturn

import (
	"context"
	"net/http"

	"audit8/auctions/bankpay"

	"github.com/labstack/echo/v4"
	"github.com/uptrace/bun"
)

type Handlers struct {
	bank     *bankpay.Client
	invoices *InvoiceRepo
	accounts *AccountRepo
}

func NewHandlers(bank *bankpay.Client, db *bun.DB) *Handlers {
	return &Handlers{bank: bank, invoices: &InvoiceRepo{db: db}, accounts: &AccountRepo{db: db}}
}

// Return is the redirect_url we hand the bank: ?invoice=...&status=...
func (h *Handlers) Return(c echo.Context) error {
	ctx := c.Request().Context()
	invoiceNo := c.QueryParam("invoice")
	if c.QueryParam("status") == "COMPLETED" {
		if err := h.invoices.MarkPaid(ctx, invoiceNo); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/won/"+invoiceNo+"?paid=1")
	}
	return c.Redirect(http.StatusSeeOther, "/won/"+invoiceNo)
}

// Complete is the newer return page: it asks the bank for the truth.
func (h *Handlers) Complete(c echo.Context) error {
	ctx := c.Request().Context()
	in, err := h.bank.GetPayment(ctx, c.QueryParam("payment_id"))
	if err != nil {
		return c.String(http.StatusBadGateway, "we could not confirm your payment yet")
	}
	if in.Status != "COMPLETED" {
		return c.Redirect(http.StatusSeeOther, "/won/"+in.Reference+"?pending=1")
	}
	if err := h.invoices.MarkPaid(ctx, in.Reference); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/won/"+in.Reference+"?paid=1")
}

// EmailConfirmed activates a bidder account after the e-mail link.
func (h *Handlers) EmailConfirmed(c echo.Context) error {
	ctx := c.Request().Context()
	if c.QueryParam("status") == "ok" {
		if err := h.accounts.Activate(ctx, c.QueryParam("account")); err != nil {
			return err
		}
	}
	return c.Redirect(http.StatusSeeOther, "/welcome")
}

type InvoiceRepo struct{ db *bun.DB }

type Invoice struct {
	No     string `bun:"no,pk"`
	Status string `bun:"status"`
}

func (r *InvoiceRepo) MarkPaid(ctx context.Context, no string) error {
	_, err := r.db.NewUpdate().Model((*Invoice)(nil)).
		Set("status = ?", "paid").
		Where("no = ?", no).
		Exec(ctx)
	return err
}

type AccountRepo struct{ db *bun.DB }

func (r *AccountRepo) Activate(ctx context.Context, id string) error {
	_, err := r.db.NewUpdate().Table("accounts").Set("active = true").Where("id = ?", id).Exec(ctx)
	return err
}
