// Package collect takes monthly premiums by direct debit through GoCardless.
package collect

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// Premium is one monthly instalment of a policy.
type Premium struct {
	PolicyID  string
	Period    string // "2026-11"
	MandateID string
	Pence     int
}

// Collector submits premium payments against the customer's mandate.
type Collector struct {
	gc       *gocardless.Service
	attempts int
}

func NewCollector(gc *gocardless.Service) *Collector {
	return &Collector{gc: gc, attempts: 3}
}

func (c *Collector) params(p Premium) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:    p.Pence,
		Currency:  "GBP",
		Reference: fmt.Sprintf("POL-%s-%s", p.PolicyID, p.Period),
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: p.MandateID},
	}
}

// Submit was the first version of the collection call, still used by the
// admin "collect now" button.
func (c *Collector) Submit(ctx context.Context, p Premium) (*gocardless.Payment, error) {
	var lastErr error
	for i := 0; i < c.attempts; i++ {
		pay, err := c.gc.Payments.Create(ctx, c.params(p)) // want "\\[idempotency\\] gocardless Payments.Create is retried by a for loop \\(line 45\\) without an idempotency key"
		if err == nil {                                    // audit: missed retrystatus (by design silent: an SDK call retried on its bare error; the blind author counts the declines/4xx it retries)
			return pay, nil
		}
		lastErr = err
		log.Printf("collect %s/%s: attempt %d: %v", p.PolicyID, p.Period, i+1, err)
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return nil, lastErr
}

// SubmitOnce is what the monthly run uses: one key per policy and period so a
// retried request never takes the premium twice.
func (c *Collector) SubmitOnce(ctx context.Context, p Premium) (*gocardless.Payment, error) {
	key := "premium-" + p.PolicyID + "-" + p.Period
	var lastErr error
	for i := 0; i < c.attempts; i++ {
		pay, err := c.gc.Payments.Create(ctx, c.params(p), gocardless.WithIdempotencyKey(key))
		if err == nil { // audit: missed retrystatus (by design silent: an SDK call retried on its bare error; the blind author counts the declines/4xx it retries)
			return pay, nil
		}
		lastErr = err
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return nil, lastErr
}

var ErrStillPending = errors.New("collect: payment still pending")
