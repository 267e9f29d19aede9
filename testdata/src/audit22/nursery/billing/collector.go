// Package billing collects monthly fees by Direct Debit through GoCardless.
package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	retry "github.com/avast/retry-go/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit22/nursery/domain"
	"audit22/nursery/platform"
	"audit22/nursery/store"
)

// Collector raises the monthly Direct Debit payments.
type Collector struct {
	gc     *gocardless.Service
	bills  *store.Billing
	log    *slog.Logger
	prefix string
}

// Option configures a Collector.
type Option func(*Collector)

// WithReferencePrefix sets the bank statement reference prefix.
func WithReferencePrefix(p string) Option { return func(c *Collector) { c.prefix = p } }

// WithLogger replaces the default logger.
func WithLogger(l *slog.Logger) Option { return func(c *Collector) { c.log = l } }

func NewCollector(gc *gocardless.Service, bills *store.Billing, opts ...Option) *Collector {
	c := &Collector{gc: gc, bills: bills, log: slog.Default(), prefix: "LITTLEOAKS"}
	for _, o := range opts {
		o(c)
	}
	return c
}

// NewGoCardless builds the SDK service from an access token.
func NewGoCardless(token string) (*gocardless.Service, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	return gocardless.New(cfg)
}

// Run raises one payment per pending invoice of the period. Failures are
// logged and picked up again by the next run.
func (c *Collector) Run(ctx context.Context, period string) error {
	due, err := c.bills.DueInvoices(ctx, period)
	if err != nil {
		return fmt.Errorf("due invoices: %w", err)
	}
	c.log.Info("monthly collection", "period", period, "invoices", len(due))
	for _, inv := range due {
		p, err := c.gc.Payments.Create(ctx, c.paymentParams(inv)) // audit: reported at jobs/schedule.go:33 (idempotency, where the cron job runs Collector.Run): cron pass over pending invoices; a failed Create leaves the invoice pending and the next run sends it again with the SDK's new random key (no WithIdempotencyKey from the invoice id); also arguable at jobs/schedule.go AddFunc
		if err != nil {
			c.log.Error("create payment", "invoice", inv.ID, "err", err)
			continue
		}
		if err := c.bills.SetInvoiceRef(ctx, inv.ID, p.Id); err != nil {
			return err
		}
		if err := c.bills.SetInvoiceStatus(ctx, inv.ID, domain.InvoiceSubmitted); err != nil {
			return err
		}
	}
	return nil
}

func (c *Collector) paymentParams(inv domain.Invoice) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:    int(inv.AmountMinor),
		Currency:  inv.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
		Reference: fmt.Sprintf("%s-%s", c.prefix, inv.Period),
	}
}

var errNotCollected = errors.New("billing: payment not collected yet")

// AwaitCollected blocks until the Direct Debit payment is confirmed, so
// that a refund is only raised against collected money.
func (c *Collector) AwaitCollected(ctx context.Context, paymentID string) (*gocardless.Payment, error) {
	return retry.DoWithData(func() (*gocardless.Payment, error) { // want "\\[pollbound\\] retry\\.DoWithData polling payment paymentID has no bound: no ctx\\.Done\\(\\),"
		p, err := c.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case "confirmed", "paid_out":
			return p, nil
		case "failed", "cancelled", "customer_approval_denied", "charged_back":
			return nil, retry.Unrecoverable(fmt.Errorf("payment %s is %s", p.Id, p.Status))
		}
		return nil, errNotCollected
	}, retry.UntilSucceeded(), retry.Delay(30*time.Minute), retry.DelayType(retry.FixedDelay))
}

// RefundLeaver refunds the pre-paid part of the month for a child who left.
func (c *Collector) RefundLeaver(ctx context.Context, l domain.Leaver) (*gocardless.Refund, error) {
	key := "leaver-" + l.ChildID + "-" + l.GCPaymentID // audit: lookalike idempotency: key made once from the child and payment, the same on every attempt of platform.Retry
	var out *gocardless.Refund
	err := platform.Retry(ctx, platform.DefaultPolicy, func(ctx context.Context) error {
		r, err := c.gc.Refunds.Create(ctx, gocardless.RefundCreateParams{
			Amount:                  l.RefundMinor,
			Links:                   gocardless.RefundCreateParamsLinks{Payment: l.GCPaymentID},
			TotalAmountConfirmation: l.RefundMinor,
		}, gocardless.WithIdempotencyKey(key))
		if err != nil {
			return err
		}
		out = r
		return nil
	})
	return out, err
}
