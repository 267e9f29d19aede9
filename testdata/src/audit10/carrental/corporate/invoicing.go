// Package corporate invoices corporate accounts monthly and collects the
// invoices by direct debit through GoCardless.
package corporate

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"gorm.io/gorm"
)

// Account is a corporate customer with a direct-debit mandate.
type Account struct {
	ID           string
	Name         string
	MandateID    string
	BalanceCents int64
	BillingEmail string
}

// Invoice is one month of rentals for an account.
type Invoice struct {
	ID          string
	AccountID   string
	Period      string // "2026-11"
	AmountCents int64
	Currency    string
	Status      string // open, submitted, paid, failed
	PaymentID   string
}

// Invoicer collects monthly invoices.
type Invoicer struct {
	gc        *gocardless.Service
	db        *gorm.DB
	pollEvery time.Duration
	logger    *log.Logger
}

// NewInvoicer returns an Invoicer.
func NewInvoicer(gc *gocardless.Service, db *gorm.DB, pollEvery time.Duration) *Invoicer {
	return &Invoicer{gc: gc, db: db, pollEvery: pollEvery, logger: log.New(log.Writer(), "corporate ", log.LstdFlags)}
}

// CollectPeriod submits a direct-debit payment for every open invoice of
// the period.
func (i *Invoicer) CollectPeriod(ctx context.Context, period string) error {
	var invoices []Invoice
	if err := i.db.WithContext(ctx).Where("period = ? AND status = ?", period, "open").Find(&invoices).Error; err != nil {
		return err
	}
	for idx := range invoices {
		inv := &invoices[idx]
		if err := i.collect(ctx, inv); err != nil {
			i.logger.Printf("invoice %s: %v", inv.ID, err)
		}
	}
	return nil
}

func (i *Invoicer) collect(ctx context.Context, inv *Invoice) error {
	var acct Account
	if err := i.db.WithContext(ctx).First(&acct, "id = ?", inv.AccountID).Error; err != nil {
		return err
	}
	params := gocardless.PaymentCreateParams{
		Amount:    int(inv.AmountCents),
		Currency:  inv.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: acct.MandateID},
		Reference: "INV-" + inv.ID,
	}
	key := "corp-invoice-" + inv.ID
	wait := 2 * time.Second
	var p *gocardless.Payment
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		p, err = i.gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey(key))
		if err == nil || !transient(err) {
			break
		}
		time.Sleep(wait)
		wait *= 2
	}
	if err != nil {
		return fmt.Errorf("create payment: %w", err)
	}
	return i.db.WithContext(ctx).Model(inv).Updates(map[string]any{"status": "submitted", "payment_id": p.Id}).Error
}

// WaitCollected follows a submitted payment until GoCardless reports it
// collected or failed; used by the finance reconciliation command.
func (i *Invoicer) WaitCollected(ctx context.Context, inv *Invoice) error {
	for { // want "\\[pollbound\\] loop polling payment inv.PaymentID has no bound"
		p, err := i.gc.Payments.Get(ctx, inv.PaymentID)
		if err != nil {
			i.logger.Printf("refresh %s: %v", inv.PaymentID, err)
			time.Sleep(i.pollEvery)
			continue
		}
		switch p.Status {
		case "confirmed", "paid_out":
			return i.db.WithContext(ctx).Model(inv).Update("status", "paid").Error
		case "failed", "cancelled", "customer_approval_denied", "charged_back":
			return i.db.WithContext(ctx).Model(inv).Update("status", "failed").Error
		}
		time.Sleep(i.pollEvery)
	}
}

func transient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}
