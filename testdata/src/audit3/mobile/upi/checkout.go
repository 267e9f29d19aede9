package upi

import (
	"context"
	"errors"
	"time"
)

var ErrDeclined = errors.New("upi collect declined or expired")

type Checkout struct {
	psp *PSP
}

func NewCheckout(psp *PSP) *Checkout { return &Checkout{psp: psp} }

// PayFoodOrder sends a collect and waits; after a minute without an answer
// it sends a fresh collect because "users miss the first notification".
func (c *Checkout) PayFoodOrder(ctx context.Context, vpa string, amount int64, orderID string) (string, error) {
	col, err := c.psp.RequestCollect(ctx, vpa, amount, orderID)
	if err != nil {
		return "", err
	}
	for i := 0; i < 40; i++ {
		time.Sleep(3 * time.Second)
		st, err := c.psp.CollectStatus(ctx, col.ID)
		if err != nil {
			continue
		}
		switch st.Status {
		case "SUCCESS":
			return st.UTR, nil
		case "FAILED", "EXPIRED", "REJECTED":
			return "", ErrDeclined
		}
		if i == 20 {
			if col, err = c.psp.RequestCollect(ctx, vpa, amount, orderID); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment col.ID"
				return "", err
			}
		}
	}
	return "", errors.New("upi: no answer")
}

// WaitApproved is used by the wallet screen: it waits for the collect
// to succeed, with the request's context as the bound.
func (c *Checkout) WaitApproved(ctx context.Context, collectID string) (string, error) {
	t := time.NewTicker(4 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment collectID stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
		st, err := c.psp.CollectStatus(ctx, collectID)
		if err == nil && st.Status == "SUCCESS" {
			return st.UTR, nil
		}
	}
}

// Resend lets the customer try again only once the previous collect is
// final (expired or rejected).
func (c *Checkout) Resend(ctx context.Context, vpa string, amount int64, orderID, prevID string) (*Collect, error) {
	ctx, cancel := context.WithTimeout(ctx, 6*time.Minute)
	defer cancel()
	for {
		st, err := c.psp.CollectStatus(ctx, prevID)
		if err != nil {
			return nil, err
		}
		switch st.Status {
		case "SUCCESS":
			return st, nil
		case "EXPIRED", "REJECTED", "FAILED":
			return c.psp.RequestCollect(ctx, vpa, amount, orderID)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}
