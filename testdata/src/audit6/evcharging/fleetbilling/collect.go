// Package fleetbilling bills fleet customers monthly by Direct Debit.
package fleetbilling

import (
	"context"
	"fmt"
	"log"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type Invoice struct {
	ID        string
	FleetID   string
	MandateID string
	Cents     int
	Month     string
}

type Store interface {
	OpenInvoices(ctx context.Context, month string) ([]Invoice, error)
	SetPayment(ctx context.Context, invoiceID, paymentID string) error
}

type Biller struct {
	gc    *gocardless.Service
	store Store
}

func NewBiller(token string, store Store) (*Biller, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	gc, err := gocardless.New(cfg)
	if err != nil {
		return nil, err
	}
	return &Biller{gc: gc, store: store}, nil
}

func params(inv Invoice) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:    inv.Cents,
		Currency:  "EUR",
		Reference: "EVN-" + inv.ID,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
	}
}

// RunMonth collects every open invoice of the month. It is run by the
// monthly cron job.
func (b *Biller) RunMonth(ctx context.Context, month string) error {
	invoices, err := b.store.OpenInvoices(ctx, month)
	if err != nil {
		return err
	}
	for _, inv := range invoices {
		p, err := b.chargeMandate(ctx, inv)
		if err != nil {
			log.Printf("fleet invoice %s: %v", inv.ID, err)
			continue
		}
		if err := b.store.SetPayment(ctx, inv.ID, p.Id); err != nil {
			return err
		}
	}
	return nil
}

// chargeMandate creates the Direct Debit payment; the invoice id is the key,
// so a retry (or a re-run of the cron job) never debits twice.
func (b *Biller) chargeMandate(ctx context.Context, inv Invoice) (*gocardless.Payment, error) {
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var p *gocardless.Payment
		p, err = b.gc.Payments.Create(ctx, params(inv), gocardless.WithIdempotencyKey("fleet-"+inv.ID))
		if err == nil {
			return p, nil
		}
		time.Sleep(time.Duration(attempt*attempt) * time.Second)
	}
	return nil, fmt.Errorf("gocardless: %w", err)
}

// CollectLateFee adds a one-off late fee for a fleet that missed its debit.
func (b *Biller) CollectLateFee(ctx context.Context, inv Invoice, fee int) (*gocardless.Payment, error) {
	p := params(inv)
	p.Amount = fee
	p.Reference = "EVN-LATE-" + inv.ID
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		pay, err := b.gc.Payments.Create(ctx, p) // want "\\[idempotency\\] gocardless Payments.Create is retried by a for loop .* without an idempotency key"
		if err == nil {
			return pay, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return nil, lastErr
}
