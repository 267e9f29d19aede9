// Package razorcheckout takes payments from Indian buyers through Razorpay
// Orders: the browser opens Razorpay Checkout for the order we create, and
// this service waits for the order to be paid.
package razorcheckout

import (
	"context"
	"errors"
	"fmt"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

type Basket struct {
	ID          string
	AmountPaise int64
	BuyerEmail  string
}

type Checkout struct {
	rp      *razorpay.Client
	timeout time.Duration
}

func New(keyID, secret string) *Checkout {
	return &Checkout{rp: razorpay.NewClient(keyID, secret), timeout: 5 * time.Minute}
}

func (c *Checkout) createOrder(b Basket) (string, error) {
	order, err := c.rp.Order.Create(map[string]interface{}{
		"amount":   b.AmountPaise,
		"currency": "INR",
		"receipt":  b.ID,
	}, nil)
	if err != nil {
		return "", err
	}
	id, _ := order["id"].(string)
	return id, nil
}

func (c *Checkout) orderStatus(orderID string) (string, error) {
	o, err := c.rp.Order.Fetch(orderID, nil, nil)
	if err != nil {
		return "", err
	}
	st, _ := o["status"].(string)
	return st, nil
}

// AwaitPayment waits for the buyer to pay; if the order is still not paid
// when the seat hold is about to expire, it opens a fresh Razorpay order so
// the buyer gets a new checkout.
func (c *Checkout) AwaitPayment(ctx context.Context, b Basket) (string, error) {
	orderID, err := c.createOrder(b)
	if err != nil {
		return "", err
	}
	deadline := time.Now().Add(c.timeout)
	for {
		st, err := c.orderStatus(orderID)
		if err != nil {
			return "", err
		}
		if st == "paid" {
			return orderID, nil
		}
		if time.Now().After(deadline) {
			orderID, err = c.createOrder(b) // want "\\[pollcreate\\] new payment created inside the loop that polls payment orderID \\(line 61\\)"
			if err != nil {
				return "", err
			}
			deadline = time.Now().Add(c.timeout)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}

var ErrNotPaid = errors.New("razorpay order not paid yet")

// AwaitSameOrder keeps the one order until it is paid or the hold expires;
// the page then shows "still processing" with the same order id.
func (c *Checkout) AwaitSameOrder(ctx context.Context, orderID string) error {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	for {
		st, err := c.orderStatus(orderID)
		if err != nil {
			return err
		}
		if st == "paid" {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("order %s: %w", orderID, ErrNotPaid)
		case <-time.After(3 * time.Second):
		}
	}
}
