package bankpay

import (
	"context"
	"errors"
	"log"
	"time"
)

// Waiter blocks the booking flow until the bank transfer settles.
type Waiter struct {
	psp *Client
	log *log.Logger
}

func NewWaiter(psp *Client, l *log.Logger) *Waiter { return &Waiter{psp: psp, log: l} }

// AwaitPaid is called by the "processing your payment" spinner endpoint.
func (w *Waiter) AwaitPaid(ctx context.Context, paymentID string) error {
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := w.psp.GetPayment(ctx, paymentID)
		if err != nil {
			w.log.Printf("bankpay: poll %s: %v", paymentID, err)
		} else if p.Status == StatusPaid {
			return nil
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	}
}

var ErrNotSettled = errors.New("bankpay: payment not settled")

// AwaitFinal is the bounded version used by the booking worker.
func (w *Waiter) AwaitFinal(ctx context.Context, paymentID string) (PaymentStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	tick := time.NewTicker(3 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return StatusPending, ErrNotSettled
		case <-tick.C:
		}
		p, err := w.psp.GetPayment(ctx, paymentID)
		if err != nil {
			continue
		}
		switch p.Status {
		case StatusPaid, StatusFailed, StatusExpired, StatusCanceled:
			return p.Status, nil
		}
	}
}
