package fleetbilling

import (
	"context"
	"errors"
	"time"
)

var ErrDebitFailed = errors.New("fleetbilling: direct debit failed")

// WaitConfirmed follows a payment through submission. Direct Debit takes
// days; this is only used by the support tool, with a short deadline.
func (b *Biller) WaitConfirmed(ctx context.Context, paymentID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		p, err := b.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return "", err
		}
		switch p.Status {
		case "confirmed", "paid_out":
			return p.Status, nil
		case "failed", "cancelled", "charged_back":
			return p.Status, ErrDebitFailed
		}
		select {
		case <-ctx.Done():
			return "pending", ctx.Err()
		case <-time.After(30 * time.Second):
		}
	}
}

// WaitSubmitted is used by the month-end report to hold until GoCardless
// has submitted every debit to the bank.
func (b *Biller) WaitSubmitted(ctx context.Context, paymentID string) {
	for { // want "\\[pollbound\\] loop polling payment paymentID has no bound"
		p, err := b.gc.Payments.Get(ctx, paymentID)
		if err == nil && p.Status == "submitted" {
			return
		}
		time.Sleep(time.Minute)
	}
}
