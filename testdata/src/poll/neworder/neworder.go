// Package neworder: Razorpay orders are payable objects. A new order
// opened while the old one is polled gives the buyer two checkouts that
// can both be paid; an order created once and retried on a transport
// error charges nobody twice (poll/neworder/retried).
package neworder

import (
	"context"
	"errors"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

type Till struct{ rp *razorpay.Client }

func (t *Till) open(amount int64, receipt string) (string, error) {
	o, err := t.rp.Order.Create(map[string]interface{}{"amount": amount, "currency": "INR", "receipt": receipt}, nil)
	if err != nil {
		return "", err
	}
	id, _ := o["id"].(string)
	return id, nil
}

// A fresh order each time the wait for the old one runs out.
func (t *Till) Collect(ctx context.Context, amount int64, receipt string) (string, error) {
	id, err := t.open(amount, receipt)
	if err != nil {
		return "", err
	}
	started := time.Now()
	for {
		o, err := t.rp.Order.Fetch(id, nil, nil)
		if err != nil {
			return "", err
		}
		if o["status"] == "paid" {
			return id, nil
		}
		if time.Since(started) > 10*time.Minute {
			id, err = t.open(amount, receipt) // want `new payment created inside the loop that polls payment id`
			if err != nil {
				return "", err
			}
			started = time.Now()
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// The order SDK call in place, in the loop's timeout branch.
func (t *Till) CollectInline(ctx context.Context, amount int64, orderID string) error {
	for i := 0; ; i++ {
		o, err := t.rp.Order.Fetch(orderID, nil, nil)
		if err != nil {
			return err
		}
		if o["status"] == "paid" {
			return nil
		}
		if i == 120 {
			n, err := t.rp.Order.Create(map[string]interface{}{"amount": amount, "currency": "INR"}, nil) // want `new payment created inside the loop that polls payment orderID`
			if err != nil {
				return err
			}
			orderID, _ = n["id"].(string)
			i = 0
		}
		time.Sleep(5 * time.Second)
	}
}

var errOpen = errors.New("order not paid")

// Silent: one order, created before the poll, kept until it is paid or
// the wait ends.
func (t *Till) CollectOnce(ctx context.Context, amount int64, receipt string) (string, error) {
	id, err := t.open(amount, receipt)
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		o, err := t.rp.Order.Fetch(id, nil, nil)
		if err != nil {
			return "", err
		}
		if o["status"] == "paid" {
			return id, nil
		}
		select {
		case <-ctx.Done():
			return id, errOpen
		case <-time.After(5 * time.Second):
		}
	}
}
