// Package members bills monthly memberships through GoCardless mandates and
// keeps member referral credit.
package members

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit14/cowork/store"
)

const setupFeeCents = 4900

// Billing charges memberships against their Direct Debit mandates.
type Billing struct {
	gc    *gocardless.Service
	store *store.Members
}

// NewBilling returns the billing service.
func NewBilling(gc *gocardless.Service, s *store.Members) *Billing {
	return &Billing{gc: gc, store: s}
}

// RunMonthly collects this month's fee of every due membership.
func (b *Billing) RunMonthly(ctx context.Context, due []store.Membership, now time.Time) {
	period := now.Format("2006-01")
	for _, m := range due {
		p, err := b.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{
			Amount:    m.PriceCents,
			Currency:  "EUR",
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: m.MandateID},
			Reference: "CW-" + period,
		}, gocardless.WithIdempotencyKey("membership-"+m.ID+"-"+period))
		if err != nil {
			log.Printf("billing: membership %s: %v", m.ID, err)
			continue
		}
		if err := b.store.RecordPayment(ctx, m.ID, period, p.Id); err != nil {
			log.Printf("billing: record %s: %v", p.Id, err)
		}
	}
}

// ChargeSetupFee collects the one-off setup fee of a new membership and
// returns the GoCardless payment id.
func (b *Billing) ChargeSetupFee(ctx context.Context, m *store.Membership) (string, error) {
	var paymentID string
	op := func() error {
		p, err := b.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{ // want "\\[idempotency\\] gocardless Payments.Create is retried by backoff.Retry \\(line 68\\) without an idempotency key"
			Amount:    setupFeeCents,
			Currency:  "EUR",
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: m.MandateID},
			Reference: "CW-SETUP",
		})
		if err != nil {
			return err
		}
		paymentID = p.Id
		return nil
	}
	policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, policy); err != nil {
		return "", err
	}
	return paymentID, b.store.RecordPayment(ctx, m.ID, "setup", paymentID)
}

// WaitConfirmed waits for the setup fee to clear before the member gets a
// key card. Direct Debit takes a few working days.
func (b *Billing) WaitConfirmed(ctx context.Context, paymentID string) error {
	for i := 0; i < 48; i++ { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := b.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == "confirmed" || p.Status == "paid_out" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Hour):
		}
	}
	return fmt.Errorf("billing: payment %s not confirmed in time", paymentID)
}

// RetryFailed asks GoCardless to collect a failed membership payment again
// with the next charge date.
func (b *Billing) RetryFailed(ctx context.Context, paymentID, period string) error {
	params := gocardless.PaymentRetryParams{Metadata: map[string]interface{}{"period": period}}
	for {
		_, err := b.gc.Payments.Retry(ctx, paymentID, params, gocardless.WithIdempotencyKey("retry-"+paymentID+"-"+period)) // want "\\[retrybackoff\\] gocardless Payments.Retry is retried by a for loop \\(line 98\\) every 300ms"
		if err == nil {
			return nil
		}
		log.Printf("billing: retry %s: %v", paymentID, err)
		time.Sleep(300 * time.Millisecond)
	}
}
