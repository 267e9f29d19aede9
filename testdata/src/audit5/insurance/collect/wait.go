package collect

import (
	"context"
	"fmt"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// WaitSubmitted is used by the onboarding flow: the first premium must be
// submitted before the policy documents go out.
func (c *Collector) WaitSubmitted(ctx context.Context, paymentID string) (string, error) {
	for {
		pay, err := c.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return "", err
		}
		switch pay.Status {
		case "confirmed", "paid_out", "submitted":
			return pay.Status, nil
		case "failed", "cancelled", "customer_approval_denied":
			return pay.Status, fmt.Errorf("payment %s %s", paymentID, pay.Status)
		}
		time.Sleep(250 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 250ms"
	}
}

// WaitConfirmed polls calmly and gives up after the caller's deadline.
func (c *Collector) WaitConfirmed(ctx context.Context, paymentID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for {
		pay, err := c.gc.Payments.Get(ctx, paymentID)
		if err == nil {
			switch pay.Status {
			case "confirmed", "paid_out":
				return pay.Status, nil
			case "failed", "cancelled", "charged_back":
				return pay.Status, fmt.Errorf("payment %s %s", paymentID, pay.Status)
			}
		}
		select {
		case <-ctx.Done():
			return "", ErrStillPending
		case <-t.C:
		}
	}
}

// FirstPremium takes the first instalment and waits for it so the policy can
// start the same day.
func (c *Collector) FirstPremium(ctx context.Context, p Premium) (*gocardless.Payment, error) {
	key := "first-" + p.PolicyID
	pay, err := c.gc.Payments.Create(ctx, c.params(p), gocardless.WithIdempotencyKey(key))
	if err != nil {
		return nil, err
	}
	for polls := 0; ; polls++ {
		cur, err := c.gc.Payments.Get(ctx, pay.Id)
		if err != nil {
			return nil, err
		}
		if cur.Status == "confirmed" || cur.Status == "paid_out" {
			return cur, nil
		}
		if cur.Status == "failed" || cur.Status == "cancelled" {
			return cur, fmt.Errorf("first premium %s", cur.Status)
		}
		if polls == 20 {
			// the bank is slow today: try a fresh payment
			pay, err = c.gc.Payments.Create(ctx, c.params(p)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pay.Id"
			if err != nil {
				return nil, err
			}
			polls = 0
		}
		time.Sleep(5 * time.Second)
	}
}

// FirstPremiumOrLater waits a bounded time and leaves the rest to the webhook.
func (c *Collector) FirstPremiumOrLater(ctx context.Context, p Premium) (*gocardless.Payment, error) {
	pay, err := c.gc.Payments.Create(ctx, c.params(p), gocardless.WithIdempotencyKey("first-"+p.PolicyID))
	if err != nil {
		return nil, err
	}
	for polls := 0; polls < 20; polls++ {
		cur, err := c.gc.Payments.Get(ctx, pay.Id)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case "confirmed", "paid_out":
			return cur, nil
		case "failed", "cancelled":
			return cur, fmt.Errorf("first premium %s", cur.Status)
		}
		time.Sleep(5 * time.Second)
	}
	return pay, ErrStillPending
}
