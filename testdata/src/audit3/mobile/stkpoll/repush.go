package stkpoll

import (
	"context"
	"errors"
	"time"
)

type Order struct {
	ID       string
	Phone    string
	TotalKES int
}

// PayOrder pushes, waits, and if the customer has not entered the PIN
// after 40s pushes again "in case the first prompt got lost".
func (p *Poller) PayOrder(ctx context.Context, o Order) error {
	push, err := p.Daraja.STKPush(ctx, o.Phone, o.TotalKES, o.ID, "Food order")
	if err != nil {
		return err
	}
	deadline := time.Now().Add(40 * time.Second)
	for tries := 0; tries < 30; tries++ {
		time.Sleep(3 * time.Second)
		q, err := p.Daraja.QuerySTK(ctx, push.CheckoutRequestID)
		if err == nil && q.ResultCode == "0" {
			return nil
		}
		if err == nil && q.ResultCode == "1032" {
			return ErrCancelled
		}
		if time.Now().After(deadline) {
			push, err = p.Daraja.STKPush(ctx, o.Phone, o.TotalKES, o.ID, "Food order") // want "\\[pollcreate\\] new payment created inside the loop that polls payment push.CheckoutRequestID"
			if err != nil {
				return err
			}
			deadline = time.Now().Add(40 * time.Second)
		}
	}
	return errors.New("payment not confirmed")
}

// PayOrderAgain lets the customer retry from the app after a prompt was
// cancelled or timed out (a final answer), never while one is live.
func (p *Poller) PayOrderAgain(ctx context.Context, o Order, lastCheckoutID string) (string, error) {
	q, err := p.Await(ctx, lastCheckoutID)
	if err == nil && q.ResultCode == "0" {
		return lastCheckoutID, nil
	}
	if !errors.Is(err, ErrCancelled) && (q == nil || q.ResultCode != "1037") {
		return "", errors.New("previous prompt still pending")
	}
	push, err := p.Daraja.STKPush(ctx, o.Phone, o.TotalKES, o.ID, "Food order")
	if err != nil {
		return "", err
	}
	return push.CheckoutRequestID, nil
}
