package paypalgive

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/plutov/paypal/v4"
)

var errStillPending = errors.New("paypal order still pending")

const (
	pollEvery   = 3 * time.Second
	pollTimeout = 2 * time.Minute
)

// waitForOrder polls the order until it is completed or voided, for at
// most pollTimeout.
func (s *Service) waitForOrder(ctx context.Context, orderID string) (*paypal.Order, error) {
	ctx, cancel := context.WithTimeout(ctx, pollTimeout)
	defer cancel()
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, errStillPending
		case <-tick.C:
		}
		o, err := s.pp.GetOrder(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch o.Status {
		case paypal.OrderStatusCompleted, paypal.OrderStatusVoided:
			return o, nil
		}
	}
}

// AwaitCapture is used by the admin "re-check" button after a capture came
// back PENDING (eCheck funding).
func (s *Service) AwaitCapture(ctx context.Context, orderID string) error {
	for { // want "\\[pollbound\\] loop polling payment orderID stops only when the payment succeeds"
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
		o, err := s.pp.GetOrder(ctx, orderID)
		if err != nil {
			log.Printf("get order %s: %v", orderID, err)
			continue
		}
		if o.Status == paypal.OrderStatusCompleted {
			return nil
		}
	}
}
