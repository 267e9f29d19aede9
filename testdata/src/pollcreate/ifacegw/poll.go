// Package ifacegw creates and polls hilt payments through the Gateway
// interface.
package ifacegw

import (
	"context"
	"errors"
	"time"

	"poll/ifacegw/hilt"
)

type Checkout struct{ gw hilt.Gateway }

// PayAndWait starts a second payment when the first is slow to confirm.
func (c *Checkout) PayAndWait(ctx context.Context, orderID string, amount int64) (*hilt.Payment, error) {
	p, err := c.gw.CreatePayment(ctx, orderID, amount)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 20; i++ {
		time.Sleep(3 * time.Second)
		cur, err := c.gw.GetPayment(ctx, p.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case "CONFIRMED":
			return cur, nil
		case "FAILED":
			return nil, errors.New("payment failed")
		}
		if i == 10 {
			p, err = c.gw.CreatePayment(ctx, orderID+"-retry", amount) // want `new payment created inside the loop that polls payment p.ID`
			if err != nil {
				return nil, err
			}
		}
	}
	return nil, errors.New("still pending")
}

// PayAgainAfterFailure creates a new payment only once the first has
// FAILED: silent.
func (c *Checkout) PayAgainAfterFailure(ctx context.Context, orderID string, amount int64) (*hilt.Payment, error) {
	p, err := c.gw.CreatePayment(ctx, orderID, amount)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 20; i++ {
		time.Sleep(3 * time.Second)
		cur, err := c.gw.GetPayment(ctx, p.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case "CONFIRMED":
			return cur, nil
		case "FAILED":
			p, err = c.gw.CreatePayment(ctx, orderID+"-2", amount)
			if err != nil {
				return nil, err
			}
		}
	}
	return nil, errors.New("still pending")
}
