// Package nofailure polls objects whose provider defines no failure
// state: a Razorpay order is created, attempted or paid (a failed payment
// leaves it attempted and the buyer may pay again), so leaving only on
// paid is complete. A payment, which can fail, is not.
package nofailure

import (
	"context"
	"errors"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

type Desk struct{ rzp *razorpay.Client }

// orderState hands back the order's status.
func (d *Desk) orderState(id string) (string, error) {
	o, err := d.rzp.Order.Fetch(id, nil, nil)
	if err != nil {
		return "", err
	}
	s, _ := o["status"].(string)
	return s, nil
}

// paymentState hands back a payment's status.
func (d *Desk) paymentState(id string) (string, error) {
	p, err := d.rzp.Payment.Fetch(id, nil, nil)
	if err != nil {
		return "", err
	}
	s, _ := p["status"].(string)
	return s, nil
}

// An order through a wrapper, bounded by a ticker loop's deadline: silent.
func (d *Desk) WaitOrder(ctx context.Context, orderID string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return errors.New("order still open")
		case <-t.C:
		}
		s, err := d.orderState(orderID)
		if err != nil {
			return err
		}
		if s == "paid" {
			return nil
		}
	}
}

// The order read in place, with an attempt cap: silent.
func (d *Desk) WaitOrderInline(orderID string) (bool, error) {
	for i := 0; i < 60; i++ {
		o, err := d.rzp.Order.Fetch(orderID, nil, nil)
		if err != nil {
			return false, err
		}
		if o["status"] == "paid" {
			return true, nil
		}
		time.Sleep(5 * time.Second)
	}
	return false, nil
}

// A payment can fail: leaving only on captured keeps polling a failed one.
func (d *Desk) WaitPayment(ctx context.Context, paymentID string) error {
	for { // want `stops only when the payment succeeds`
		s, err := d.paymentState(paymentID)
		if err != nil {
			return err
		}
		if s == "captured" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// An order with no bound at all is still reported.
func (d *Desk) WaitOrderForever(orderID string) error {
	for { // want `has no bound`
		s, err := d.orderState(orderID)
		if err != nil {
			return err
		}
		if s == "paid" {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
}
