// Package eventstream consumes payment events from a channel or a queue: an
// endless consumer loop, not a poll of one payment.
package eventstream

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Event struct {
	Type      string
	PaymentID string
}

type Ledger interface {
	RecordPaid(ctx context.Context, paymentID string, amount int64) error
}

// Consume reads events forever and re-reads each payment once.
func Consume(ctx context.Context, events <-chan Event, l Ledger) {
	for {
		msg := <-events
		pi, err := paymentintent.Get(msg.PaymentID, nil)
		if err != nil {
			log.Printf("get %s: %v", msg.PaymentID, err)
			continue
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			_ = l.RecordPaid(ctx, pi.ID, pi.Amount)
		}
	}
}

// ConsumeRange uses range over the channel.
func ConsumeRange(ctx context.Context, events <-chan Event, l Ledger) {
	for ev := range events {
		if ev.Type != "payment_intent.succeeded" {
			continue
		}
		pi, err := paymentintent.Get(ev.PaymentID, nil)
		if err != nil {
			continue
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			_ = l.RecordPaid(ctx, pi.ID, pi.Amount)
		}
	}
}

type Subscriber interface {
	Receive(ctx context.Context) (Event, error)
}

// ConsumeSub pulls from a subscription with a select on ctx.
func ConsumeSub(ctx context.Context, sub Subscriber, l Ledger) error {
	for {
		ev, err := sub.Receive(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			continue
		}
		pi, err := paymentintent.Get(ev.PaymentID, nil)
		if err != nil {
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			_ = l.RecordPaid(ctx, pi.ID, pi.Amount)
		case stripe.PaymentIntentStatusCanceled:
			log.Printf("payment %s canceled", pi.ID)
		}
	}
}
