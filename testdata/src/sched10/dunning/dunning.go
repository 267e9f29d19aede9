// Package dunning charges overdue invoices with stripe-go: ChargeOverdue
// charges each invoice of the batch once (and waits a bounded while for
// it); ChargeOne and Status work one payment.
package dunning

import (
	"context"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Invoice is an overdue invoice row.
type Invoice struct {
	ID       string
	Customer string
	Amount   int64
}

// Runner charges invoices.
type Runner struct {
	Overdue func(ctx context.Context) ([]Invoice, error)
	MarkDue func(ctx context.Context, id string, next time.Time)
}

// ChargeOverdue charges every overdue invoice once and moves it on a
// month: one payment per row, none made twice.
func (r *Runner) ChargeOverdue(ctx context.Context) error {
	due, err := r.Overdue(ctx)
	if err != nil {
		return err
	}
	for i := range due {
		inv := due[i]
		if err := r.ChargeOne(ctx, inv); err != nil {
			log.Printf("invoice %s: %v", inv.ID, err)
			continue
		}
		r.MarkDue(ctx, inv.ID, time.Now().AddDate(0, 1, 0))
	}
	return nil
}

// ChargeBatch charges the invoices it is handed, one payment each.
func (r *Runner) ChargeBatch(ctx context.Context, invs []Invoice) {
	for _, inv := range invs {
		_ = r.ChargeOne(ctx, inv)
	}
}

// ChargeBatchAndFollow charges the batch and then reads one fixed
// payment: that read is of one payment, so this is no batch.
func (r *Runner) ChargeBatchAndFollow(ctx context.Context, invs []Invoice, id string) (stripe.PaymentIntentStatus, error) {
	r.ChargeBatch(ctx, invs)
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return "", err
	}
	return pi.Status, nil
}

// ChargeOne creates one payment for inv and waits (ten reads at most)
// until it is final.
func (r *Runner) ChargeOne(ctx context.Context, inv Invoice) error {
	pi, err := paymentintent.New(&stripe.PaymentIntentParams{
		Amount:   stripe.Int64(inv.Amount),
		Currency: stripe.String("eur"),
		Customer: stripe.String(inv.Customer),
	})
	if err != nil {
		return err
	}
	for i := 0; i < 10; i++ {
		got, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return err
		}
		if got.Status == stripe.PaymentIntentStatusSucceeded || got.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil
}

// Status reads one payment's status.
func Status(ctx context.Context, id string) (stripe.PaymentIntentStatus, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return "", err
	}
	return pi.Status, nil
}
