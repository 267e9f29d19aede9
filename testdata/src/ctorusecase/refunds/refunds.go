// Package refunds implements billing.Refunder three ways, each behind a
// constructor returning the interface while building an unexported type.
package refunds

import (
	"context"
	"encoding/json"
	"log"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"

	"ctorusecase/billing"
)

type stripeRefunds struct {
	reason string
}

// NewStripeRefunds refunds through Stripe in line.
func NewStripeRefunds(reason string) billing.Refunder {
	return &stripeRefunds{reason: reason}
}

func (s *stripeRefunds) Reverse(ctx context.Context, paymentIntent string, cents int64) error {
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(paymentIntent), Amount: stripe.Int64(cents), Reason: stripe.String(s.reason)})
	return err
}

type dryRunRefunds struct{}

func (dryRunRefunds) Reverse(ctx context.Context, paymentIntent string, cents int64) error {
	log.Printf("dry run: would refund %s (%d)", paymentIntent, cents)
	return nil
}

// NewDisputeDesk chooses between the live refunds and a dry run: which
// one a binding runs is decided at run time.
func NewDisputeDesk(live bool, reason string) billing.Refunder {
	if live {
		return &stripeRefunds{reason: reason}
	}
	return dryRunRefunds{}
}

type queuedRefunds struct {
	q *asynq.Client
}

// NewQueuedRefunds hands the refund to a worker.
func NewQueuedRefunds(q *asynq.Client) billing.Refunder {
	return &queuedRefunds{q: q}
}

func (r *queuedRefunds) Reverse(ctx context.Context, paymentIntent string, cents int64) error {
	payload, _ := json.Marshal(map[string]any{"payment_intent": paymentIntent, "cents": cents})
	_, err := r.q.EnqueueContext(ctx, asynq.NewTask("refund:reverse", payload))
	return err
}
