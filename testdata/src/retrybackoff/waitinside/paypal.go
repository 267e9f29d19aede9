package waitinside

import (
	"context"
	"errors"
	"time"

	"github.com/plutov/paypal/v4"
)

type payouts struct{ pp *paypal.Client }

// waitBatch reads the payout batch every 10s for up to two minutes.
func (p *payouts) waitBatch(ctx context.Context, batchID string) (string, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		res, err := p.pp.GetPayout(ctx, batchID)
		if err != nil {
			return "", err
		}
		if st := res.BatchHeader.BatchStatus; st == "SUCCESS" || st == "DENIED" {
			return st, nil
		}
		time.Sleep(10 * time.Second)
	}
	return "PENDING", nil
}

// Three rounds of the waiter: each round waits inside it.
func (p *payouts) confirmBatch(ctx context.Context, batchID string) error {
	for round := 0; round < 3; round++ {
		status, err := p.waitBatch(ctx, batchID)
		if err == nil && status == "SUCCESS" {
			return nil
		}
	}
	return errors.New("payout still pending")
}
