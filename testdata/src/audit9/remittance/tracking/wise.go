// Package tracking follows payouts until the recipient has the money.
package tracking

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit9/remittance/wise"
)

// ErrTimeout is returned when a payout did not reach the expected state.
var ErrTimeout = errors.New("tracking: timed out")

// WisePoller reads Wise transfer states.
type WisePoller struct {
	client    *wise.Client
	every     time.Duration
	maxChecks int
}

// NewWisePoller returns a poller.
func NewWisePoller(client *wise.Client, every time.Duration, maxChecks int) *WisePoller {
	return &WisePoller{client: client, every: every, maxChecks: maxChecks}
}

const wiseStatusEvery = 1 * time.Second

// WaitSent blocks until Wise has sent the money to the recipient's bank.
func (p *WisePoller) WaitSent(ctx context.Context, transferID int64) error {
	for i := 0; i < p.maxChecks; i++ { // want "\\[pollbound\\] loop polling payment transferID stops only when the payment succeeds \\(line 38\\)"
		tr, err := p.client.GetTransfer(ctx, transferID)
		if err != nil {
			return err
		}
		if tr.Status == wise.StateOutgoingPaymentSent {
			return nil
		}
		time.Sleep(p.every)
	}
	return fmt.Errorf("wise transfer %d: %w", transferID, ErrTimeout)
}

// Stream pushes every state change of a Wise transfer to out until the
// transfer is final. It backs the live tracker in the app.
func (p *WisePoller) Stream(ctx context.Context, transferID int64, out chan<- string) error {
	defer close(out)
	ticker := time.NewTicker(wiseStatusEvery) // want "\\[pollinterval\\] payment status polled every 1s"
	defer ticker.Stop()
	last := ""
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
		tr, err := p.client.GetTransfer(ctx, transferID)
		if err != nil {
			return err
		}
		if tr.Status != last {
			out <- tr.Status
			last = tr.Status
		}
		switch tr.Status {
		case wise.StateOutgoingPaymentSent, wise.StateCancelled, wise.StateFundsRefunded, wise.StateBouncedBack:
			return nil
		}
	}
}

// WaitFinal is used by the reconciler: it backs off from one second to a
// minute and stops on any final state.
func (p *WisePoller) WaitFinal(ctx context.Context, transferID int64) (string, error) {
	wait := time.Second
	for i := 0; i < 12; i++ {
		tr, err := p.client.GetTransfer(ctx, transferID)
		if err != nil {
			return "", err
		}
		switch tr.Status {
		case wise.StateOutgoingPaymentSent, wise.StateCancelled, wise.StateFundsRefunded, wise.StateBouncedBack:
			return tr.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(wait):
		}
		if wait < time.Minute {
			wait *= 2
		}
	}
	return wise.StateProcessing, ErrTimeout
}
