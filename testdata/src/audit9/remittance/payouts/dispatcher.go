// Package payouts delivers funded transfers over the recipient's rail.
package payouts

import (
	"context"
	"fmt"
	"log"

	"audit9/remittance/domain"
)

// Dispatcher picks the rail for a transfer and sends it.
type Dispatcher struct {
	transfers domain.TransferStore
	rails     map[domain.Rail]domain.PayoutRail
	log       *log.Logger
}

// NewDispatcher returns a dispatcher over the given rails.
func NewDispatcher(transfers domain.TransferStore, rails map[domain.Rail]domain.PayoutRail) *Dispatcher {
	return &Dispatcher{transfers: transfers, rails: rails, log: log.Default()}
}

// Dispatch pays out one funded transfer.
func (d *Dispatcher) Dispatch(ctx context.Context, transferID string) error {
	t, err := d.transfers.Get(ctx, transferID)
	if err != nil {
		return err
	}
	won, err := d.transfers.ClaimForPayout(ctx, t.ID)
	if err != nil {
		return err
	}
	if !won {
		d.log.Printf("transfer %s is %s, not dispatching", t.ID, t.Status)
		return nil
	}
	rail, ok := d.rails[t.Rail]
	if !ok {
		return fmt.Errorf("no payout rail %q", t.Rail)
	}
	ref, err := rail.Send(ctx, t)
	if err != nil {
		if markErr := d.transfers.MarkFailed(ctx, t.ID, err.Error()); markErr != nil {
			d.log.Printf("mark %s failed: %v", t.ID, markErr)
		}
		return err
	}
	return d.transfers.MarkPayoutSent(ctx, t.ID, ref)
}
