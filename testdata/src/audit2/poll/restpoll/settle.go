package restpoll

import (
	"context"
	"errors"
	"log"
	"time"
)

var errNotSettled = errors.New("payment not settled in time")

// WaitSettled waits for an authorization to be captured or to fail.
func (c *Client) WaitSettled(ctx context.Context, id string) (*Payment, error) {
	for i := 0; i < 60; i++ {
		p, err := c.GetPayment(ctx, id)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case "captured":
			return p, nil
		case "failed", "voided":
			return p, errors.New("payment " + p.Status)
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	}
	return nil, errNotSettled
}

// AwaitCapture is used by the back-office "capture now" button.
func (c *Client) AwaitCapture(id string) *Payment {
	ctx := context.Background()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		p, err := c.GetPayment(ctx, id)
		if err != nil {
			log.Printf("capture poll %s: %v", id, err)
		} else if p.Status == "captured" {
			return p
		}
		time.Sleep(3 * time.Second)
	}
}

// WaitCaptureOrFail is the fixed version used by checkout.
func (c *Client) WaitCaptureOrFail(ctx context.Context, id string) (*Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		p, err := c.GetPayment(ctx, id)
		if err != nil {
			return nil, err
		}
		if p.Status == "captured" || p.Status == "failed" || p.Status == "voided" {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}
