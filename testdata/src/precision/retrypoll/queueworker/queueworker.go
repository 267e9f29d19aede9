// Package queueworker charges jobs taken from a queue, one job per round;
// a failed job is nacked and redelivered later with the same job id.
package queueworker

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Job struct {
	ID     string
	Amount int64
}

type Queue interface {
	Dequeue(ctx context.Context) (Job, error)
	Ack(ctx context.Context, j Job) error
	Nack(ctx context.Context, j Job) error
}

// Run charges each dequeued job with a key from the job id.
func Run(ctx context.Context, q Queue) error {
	for {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		j, err := q.Dequeue(ctx)
		if err != nil {
			log.Printf("dequeue: %v", err)
			continue
		}
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(j.Amount), Currency: stripe.String("eur")}
		p.SetIdempotencyKey("job-" + j.ID)
		if _, err := paymentintent.New(p); err != nil {
			_ = q.Nack(ctx, j)
			continue
		}
		_ = q.Ack(ctx, j)
	}
}

// Select takes jobs from a channel in a select.
func Select(ctx context.Context, jobs <-chan Job) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			p := &stripe.PaymentIntentParams{Amount: stripe.Int64(j.Amount), Currency: stripe.String("eur")}
			p.SetIdempotencyKey("job-" + j.ID)
			if _, err := paymentintent.New(p); err != nil {
				log.Printf("job %s: %v", j.ID, err)
				continue
			}
		}
	}
}

// PayInvoices pays each listed invoice once, by index.
func PayInvoices(ctx context.Context, sc *stripe.Client, ids []string) {
	for i := range ids {
		if _, err := sc.V1Invoices.Pay(ctx, ids[i], nil); err != nil {
			log.Printf("invoice %s: %v", ids[i], err)
		}
	}
}
