// Package molliepay takes iDEAL / Bancontact payments for EU learners
// through the official Mollie SDK.
package molliepay

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

// Gateway wraps the SDK client.
type Gateway struct {
	c   *mollie.Client
	log *slog.Logger
	// ReturnBase is https://learn.example.com.
	ReturnBase string
}

// NewGateway builds it.
func NewGateway(c *mollie.Client, log *slog.Logger, returnBase string) *Gateway {
	return &Gateway{c: c, log: log, ReturnBase: returnBase}
}

// Order is a course order paid with Mollie.
type Order struct {
	ID       string
	CourseID string
	Euros    string // "49.00"
}

// StartPayment creates the payment the learner is redirected to; Mollie's
// API is flaky at peak times so we try three times.
func (g *Gateway) StartPayment(ctx context.Context, o Order) (*components.PaymentResponse, error) {
	req := &components.PaymentRequest{
		Description: "Course " + o.CourseID,
		Amount:      components.Amount{Currency: "EUR", Value: o.Euros},
		RedirectURL: mollie.String(g.ReturnBase + "/checkout/mollie/return?order=" + o.ID),
	}
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		res, err := g.c.Payments.Create(ctx, nil, nil, req) // want "\\[idempotency\\] mollie Payments.Create is retried by a for loop"
		if err == nil {
			return res.PaymentResponse, nil
		}
		lastErr = err
		g.log.Warn("mollie create", "order", o.ID, "attempt", attempt, "err", err)
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return nil, fmt.Errorf("mollie: %w", lastErr)
}

// ChargeInstalment collects one instalment of a bootcamp plan; the key is
// the instalment row, so a retry cannot collect it twice.
func (g *Gateway) ChargeInstalment(ctx context.Context, planID string, n int, euros string) (*components.PaymentResponse, error) {
	key := fmt.Sprintf("inst-%s-%d", planID, n)
	req := &components.PaymentRequest{
		Description: fmt.Sprintf("Bootcamp instalment %d", n),
		Amount:      components.Amount{Currency: "EUR", Value: euros},
	}
	wait := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		res, err := g.c.Payments.Create(ctx, nil, &key, req)
		if err == nil {
			return res.PaymentResponse, nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("mollie: instalment %s/%d failed", planID, n)
}

// WaitPaid is used by the return page when the webhook has not arrived
// yet: it polls for at most 30 seconds.
func (g *Gateway) WaitPaid(ctx context.Context, paymentID string) (components.PaymentResponseStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		res, err := g.c.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: paymentID})
		if err != nil {
			return "", err
		}
		switch st := res.PaymentResponse.Status; st {
		case components.PaymentResponseStatusPaid, components.PaymentResponseStatusFailed,
			components.PaymentResponseStatusCanceled, components.PaymentResponseStatusExpired:
			return st, nil
		}
		select {
		case <-ctx.Done():
			return components.PaymentResponseStatusPending, nil
		case <-tick.C:
		}
	}
}
