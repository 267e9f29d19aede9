// Package failerr polls through a wrapper that turns a failed payment into
// an error, and restarts checkout after a terminal failure.
package failerr

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var (
	ErrFailed = errors.New("payment failed")
	ErrStuck  = errors.New("payment stuck")
)

type Client struct {
	HTTP *http.Client
	Base string
}

// Status returns the payment's status, and ErrFailed once it failed.
func (c *Client) Status(ctx context.Context, id string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return "", err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var p struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return "", err
	}
	if p.Status == "FAILED" {
		return "", fmt.Errorf("payment %s: %w", id, ErrFailed)
	}
	return p.Status, nil
}

// Await stops on CONFIRMED, and on the error Status returns for FAILED.
func (c *Client) Await(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	for {
		st, err := c.Status(ctx, id)
		if err != nil {
			return err
		}
		if st == "CONFIRMED" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ErrStuck
		case <-time.After(5 * time.Second):
		}
	}
}

// Restart polls a PaymentIntent and, once the attempt failed for good,
// creates a fresh one for a clean checkout.
func Restart(ctx context.Context, id string, amount int64) (*stripe.PaymentIntent, error) {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusRequiresPaymentMethod, stripe.PaymentIntentStatusCanceled:
			p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur")}
			p.SetIdempotencyKey("restart-" + id)
			return paymentintent.New(p)
		}
		time.Sleep(3 * time.Second)
	}
	return nil, ErrStuck
}
