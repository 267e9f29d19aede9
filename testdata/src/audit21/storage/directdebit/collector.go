// Package directdebit collects rent by Bacs Direct Debit (UK) and BECS
// Direct Debit (Australia) through GoCardless.
package directdebit

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit21/storage/platform"
	"audit21/storage/store"
)

// Collector holds one GoCardless client per creditor.
type Collector struct {
	uk  *gocardless.Service
	au  *gocardless.Service
	st  *store.Store
	log *slog.Logger
}

// New builds the collector from the configuration.
func New(cfg platform.Config, st *store.Store, log *slog.Logger) (*Collector, error) {
	ukCfg, err := gocardless.NewConfig(cfg.GoCardlessToken)
	if err != nil {
		return nil, err
	}
	uk, err := gocardless.New(ukCfg)
	if err != nil {
		return nil, err
	}
	auCfg, err := gocardless.NewConfig(cfg.GoCardlessBECSToken)
	if err != nil {
		return nil, err
	}
	au, err := gocardless.New(auCfg)
	if err != nil {
		return nil, err
	}
	return &Collector{uk: uk, au: au, st: st, log: log}, nil
}

func (c *Collector) creditor(currency string) *gocardless.Service {
	if currency == "AUD" || currency == "aud" {
		return c.au
	}
	return c.uk
}

// Collect asks GoCardless to debit the invoice's amount against the
// rental's mandate. Request options (a key, headers) are passed through.
func (c *Collector) Collect(ctx context.Context, inv store.DueInvoice, opts ...gocardless.RequestOption) (*gocardless.Payment, error) {
	params := gocardless.PaymentCreateParams{
		Amount:    int(inv.AmountPence),
		Currency:  inv.Currency,
		Reference: "RENT" + strconv.FormatInt(inv.ID, 10),
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
	}
	p, err := c.creditor(inv.Currency).Payments.Create(ctx, params, opts...)
	if err != nil {
		return nil, fmt.Errorf("gocardless: collect invoice %d: %w", inv.ID, err)
	}
	return p, nil
}

// WaitForCollection blocks until a BECS payment has been collected. The lien
// desk uses it before pulling a unit from auction.
func (c *Collector) WaitForCollection(ctx context.Context, paymentID string) error {
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds \\(line"
		p, err := c.au.Payments.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == "confirmed" || p.Status == "paid_out" {
			return nil
		}
		c.log.Info("becs payment not collected yet", "payment", paymentID, "status", p.Status)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(30 * time.Minute):
		}
	}
}
