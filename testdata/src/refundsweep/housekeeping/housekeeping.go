// Package housekeeping: a periodic sweeper that, on every tick, pays the
// requested refunds through a package that only writes (a batch of rows,
// one refund each) and reads the payment of each order still pending,
// one read per row selected that tick, polls no single payment: it owes
// no exit on a payment's status. A loop that reads one payment fixed
// before it, beside the same sweep, is still a poll.
package housekeeping

import (
	"context"
	"log"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"refundsweep/refunds"
)

// Order is an order waiting for its payment.
type Order struct {
	ID            string
	PaymentIntent string
}

// Orders holds the orders.
type Orders interface {
	Pending(ctx context.Context) ([]Order, error)
	Settle(ctx context.Context, id string, status string) error
}

// Sweeper runs the periodic housekeeping.
type Sweeper struct {
	Refunds *refunds.Service
	Orders  Orders
	Every   time.Duration
}

// --- silent ---

// Run sweeps on every tick until the context ends.
func (s *Sweeper) Run(ctx context.Context) error {
	t := time.NewTicker(s.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		s.pass(ctx)
	}
}

// pass pays the requested refunds, then reads the payment of each order
// still pending.
func (s *Sweeper) pass(ctx context.Context) {
	if err := s.Refunds.Sweep(ctx); err != nil {
		log.Printf("refund sweep: %v", err)
	}
	pending, err := s.Orders.Pending(ctx)
	if err != nil {
		return
	}
	for _, o := range pending {
		pi, err := paymentintent.Get(o.PaymentIntent, nil)
		if err != nil {
			continue
		}
		_ = s.Orders.Settle(ctx, o.ID, string(pi.Status))
	}
}

// RunTicks is the same sweep written inline over time.Tick.
func (s *Sweeper) RunTicks(ctx context.Context) {
	for range time.Tick(time.Minute) {
		if ctx.Err() != nil {
			return
		}
		s.pass(ctx)
	}
}

// --- flagged ---

// Watch pays the requested refunds and reads one payment fixed before the
// loop on every tick: that payment is polled, and never left.
func (s *Sweeper) Watch(ctx context.Context, intent string) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for { // want `loop polling payment read by housekeeping.Sweeper.passAndWatch \(stripe [a-z]*\.[A-Za-z]*\) has no exit on the payment's status`
		s.passAndWatch(ctx, intent)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Sweeper) passAndWatch(ctx context.Context, intent string) {
	if err := s.Refunds.Sweep(ctx); err != nil {
		log.Printf("refund sweep: %v", err)
	}
	pi, err := paymentintent.Get(intent, nil)
	if err == nil {
		log.Printf("payment %s: %s", intent, pi.Status)
	}
}

// Follow reads one payment on a ticker, with ctx.Done, and never looks at
// its status to leave.
func Follow(ctx context.Context, intent string) {
	t := time.NewTicker(20 * time.Second)
	defer t.Stop()
	for { // want `loop polling payment intent has no exit on the payment's status`
		pi, err := paymentintent.Get(intent, &stripe.PaymentIntentParams{})
		if err == nil {
			log.Printf("payment %s: %s", intent, pi.Status)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
