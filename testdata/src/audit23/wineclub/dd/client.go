// Package dd runs UK Direct Debit through GoCardless.
package dd

import (
	"context"
	"fmt"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit23/wineclub/domain"
)

// Client wraps the GoCardless service.
type Client struct {
	svc *gocardless.Service
	env string
}

func New(token, env string) (*Client, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	svc, err := gocardless.New(cfg)
	if err != nil {
		return nil, err
	}
	return &Client{svc: svc, env: env}, nil
}

// Collect asks GoCardless to collect a box invoice from the member's
// mandate. Extra request options are passed through.
func (c *Client) Collect(ctx context.Context, inv domain.BoxInvoice, mandateID string, opts ...gocardless.RequestOption) (*gocardless.Payment, error) {
	return c.svc.Payments.Create(ctx, gocardless.PaymentCreateParams{
		Amount:    int(inv.Amount.Cents),
		Currency:  inv.Amount.Currency,
		Reference: "BOX " + inv.Quarter,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: mandateID},
	}, opts...)
}

// Payment fetches a payment.
func (c *Client) Payment(ctx context.Context, id string) (*gocardless.Payment, error) {
	return c.svc.Payments.Get(ctx, id)
}

// Payments exposes the raw service for the dunning flow.
func (c *Client) Payments() gocardless.PaymentService { return c.svc.Payments }

// WaitConfirmed blocks until a payment has been confirmed by the bank.
// Used by the "collect now" admin action.
func (c *Client) WaitConfirmed(ctx context.Context, id string) error {
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds \\(line 57\\):"
		p, err := c.svc.Payments.Get(ctx, id)
		if err == nil && (p.Status == "confirmed" || p.Status == "paid_out") {
			return nil
		}
		time.Sleep(30 * time.Second)
	}
}

// Outcome maps a GoCardless payment status onto an invoice status.
func Outcome(status string) (domain.InvoiceStatus, bool) {
	switch status {
	case "confirmed", "paid_out":
		return domain.InvoicePaid, true
	case "failed", "cancelled", "charged_back", "customer_approval_denied":
		return domain.InvoiceFailed, true
	}
	return domain.InvoiceSubmitted, false
}

func describe(p *gocardless.Payment) string {
	return fmt.Sprintf("%s %d %s (%s)", p.Id, p.Amount, p.Currency, p.Status)
}
