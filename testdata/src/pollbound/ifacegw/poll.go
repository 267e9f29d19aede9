// Package ifacegw polls hilt payments through the Gateway interface.
package ifacegw

import (
	"context"
	"time"

	"poll/ifacegw/hilt"
)

type Checkout struct{ gw hilt.Gateway }

// WaitConfirmed never gives up: no deadline, and FAILED is not an exit.
func (c *Checkout) WaitConfirmed(id string) (*hilt.Payment, error) {
	for { // want `loop polling payment id stops only when the payment succeeds .* and it has no bound`
		p, err := c.gw.GetPayment(context.Background(), id)
		if err == nil && p.Status == "CONFIRMED" {
			return p, nil
		}
		time.Sleep(3 * time.Second)
	}
}

// WaitGood polls up to a deadline and exits on both terminal states:
// silent.
func (c *Checkout) WaitGood(ctx context.Context, id string) (*hilt.Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
		p, err := c.gw.GetPayment(ctx, id)
		if err != nil {
			continue
		}
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return p, nil
		}
	}
}

// store has a method of the Gateway's shape that nothing implements
// here: silent.
type store interface {
	GetPayment(ctx context.Context, id string) (*hilt.Payment, error)
}

func waitStore(s store, id string) {
	for {
		p, err := s.GetPayment(context.Background(), id)
		if err == nil && p.Status == "CONFIRMED" {
			return
		}
		time.Sleep(3 * time.Second)
	}
}
