// Package payroll pays contractors their monthly invoices through a
// Sender port, retrying a transient failure three times.
package payroll

import (
	"context"
	"time"

	"g20optkey/payoutapi"
)

type Sender interface {
	SendPayout(ctx context.Context, p payoutapi.Payout) (string, error)
}

type Run struct {
	sender Sender
}

func New(s Sender) *Run { return &Run{sender: s} }

// PayAll sends each payout, retrying it up to three times.
func (r *Run) PayAll(ctx context.Context, due []payoutapi.Payout) error {
	for _, p := range due {
		var err error
		for try := 0; try < 3; try++ {
			if _, err = r.sender.SendPayout(ctx, p); err == nil {
				break
			}
			time.Sleep(time.Duration(try+1) * 2 * time.Second)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
