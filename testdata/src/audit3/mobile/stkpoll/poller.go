// Package stkpoll waits for the result of an STK push when the callback is
// late (Safaricom callbacks can take minutes at month end).
package stkpoll

import (
	"context"
	"errors"
	"log"
	"time"

	"audit3/mobile/mpesa"
)

var ErrCancelled = errors.New("customer cancelled the M-Pesa prompt")

type Poller struct {
	Daraja *mpesa.Client
}

// WaitPaid is what the checkout screen long-polls on.
func (p *Poller) WaitPaid(ctx context.Context, checkoutID string) error {
	for { // want "\\[pollbound\\] loop polling payment checkoutID has no bound"
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
		q, err := p.Daraja.QuerySTK(ctx, checkoutID)
		if err != nil {
			log.Printf("stk query %s: %v", checkoutID, err)
			continue
		}
		if q.ResultCode == "0" {
			return nil
		}
	}
}

// Await polls every 5s for at most 3 minutes and stops on any final result.
func (p *Poller) Await(ctx context.Context, checkoutID string) (*mpesa.STKQueryResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
		q, err := p.Daraja.QuerySTK(ctx, checkoutID)
		if err != nil {
			continue // "The transaction is being processed" comes back as 500
		}
		switch q.ResultCode {
		case "0":
			return q, nil
		case "1032":
			return q, ErrCancelled
		case "":
			// still processing
		default:
			return q, errors.New(q.ResultDesc)
		}
	}
}
