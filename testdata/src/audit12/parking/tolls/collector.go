// Package tolls collects post-paid toll-road invoices by GoCardless direct
// debit.
package tolls

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"time"

	"github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit12/parking/domain"
)

// ErrCollectionFailed is returned when a debit failed for good.
var ErrCollectionFailed = errors.New("tolls: collection failed")

// InvoiceStore is the part of the invoice store the collector needs.
type InvoiceStore interface {
	SetCollecting(ctx context.Context, id, paymentID string) error
	MarkPaid(ctx context.Context, id string) error
	MarkCollectionFailed(ctx context.Context, id string) error
}

// Collector sends direct debits for toll invoices.
type Collector struct {
	gc       *gocardless.Service
	invoices InvoiceStore
}

// NewCollector returns a Collector.
func NewCollector(gc *gocardless.Service, invoices InvoiceStore) *Collector {
	return &Collector{gc: gc, invoices: invoices}
}

func transient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// Collect creates the direct debit of one invoice against its mandate.
func (c *Collector) Collect(ctx context.Context, inv *domain.TollInvoice) (string, error) {
	params := gocardless.PaymentCreateParams{
		Amount:    inv.AmountCents,
		Currency:  inv.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
		Reference: "TOLL-" + inv.ID,
	}
	key := "toll-inv-" + inv.ID
	var p *gocardless.Payment
	op := func() error {
		var err error
		p, err = c.gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey(key))
		if err != nil && !transient(err) {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return "", fmt.Errorf("collect %s: %w", inv.ID, err)
	}
	if err := c.invoices.SetCollecting(ctx, inv.ID, p.Id); err != nil {
		return "", err
	}
	return p.Id, nil
}

// AwaitConfirmation follows a collection started from the back office
// until GoCardless confirms it or reports it failed.
func (c *Collector) AwaitConfirmation(ctx context.Context, invoiceID, paymentID string) error {
	for { // want "\\[pollbound\\] loop polling payment paymentID has no bound.*read errors are swallowed"
		p, err := c.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			log.Printf("tolls: read payment %s: %v", paymentID, err)
			time.Sleep(time.Minute)
			continue
		}
		switch p.Status {
		case "confirmed", "paid_out":
			return c.invoices.MarkPaid(ctx, invoiceID)
		case "failed", "cancelled", "customer_approval_denied", "charged_back":
			if err := c.invoices.MarkCollectionFailed(ctx, invoiceID); err != nil {
				return err
			}
			return ErrCollectionFailed
		}
		time.Sleep(30 * time.Second)
	}
}
