// Package squarepay charges partner-restaurant orders through Square.
package squarepay

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"

	"audit13/foodhub/domain"
)

// ErrDeclined is returned when Square reports the payment failed or canceled.
var ErrDeclined = errors.New("squarepay: payment declined")

// ErrStillPending is returned when the payment did not complete in time.
var ErrStillPending = errors.New("squarepay: payment still pending")

const payRetryDelay = 300 * time.Millisecond

// Client wraps the Square SDK for foodhub.
type Client struct {
	sq          *client.Client
	locationID  string
	maxAttempts int
	log         *log.Logger
}

// Option configures a Client.
type Option func(*Client)

// WithMaxAttempts sets how often a charge is attempted on network errors.
func WithMaxAttempts(n int) Option { return func(c *Client) { c.maxAttempts = n } }

// WithLogger sets the logger.
func WithLogger(l *log.Logger) Option { return func(c *Client) { c.log = l } }

// New returns a Square client for one location.
func New(token, locationID string, opts ...Option) *Client {
	c := &Client{
		sq:          client.NewClient(option.WithToken(token)),
		locationID:  locationID,
		maxAttempts: 3,
		log:         log.Default(),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

func money(amount int64, currency string) *square.Money {
	cur := square.Currency(currency)
	return &square.Money{Amount: square.Int64(amount), Currency: &cur}
}

func status(p *square.Payment) string {
	if p == nil || p.Status == nil {
		return ""
	}
	return *p.Status
}

// paymentRequest builds the Square payment for an order paid with the
// customer's card on file.
func (c *Client) paymentRequest(o *domain.Order, cardID string) *square.CreatePaymentRequest {
	return &square.CreatePaymentRequest{
		SourceID:       cardID,
		IdempotencyKey: uuid.NewString(),
		AmountMoney:    money(o.AmountMinor, o.Currency),
		OrderID:        square.String(o.ProviderRef),
	}
}

// Charge charges the customer's card on file for an order.
func (c *Client) Charge(ctx context.Context, o *domain.Order, cardID string) (*square.Payment, error) {
	var lastErr error
	wait := time.Second
	for attempt := 0; attempt < c.maxAttempts; attempt++ {
		resp, err := c.sq.Payments.Create(ctx, c.paymentRequest(o, cardID)) // want "\\[idempotency\\] square Payments.Create is retried by a for loop \\(line 85\\) but paymentRequest makes a new idempotency key on every call"
		if err == nil {
			if len(resp.Errors) > 0 {
				return nil, fmt.Errorf("square: %s", resp.Errors[0].Code)
			}
			return resp.Payment, nil
		}
		lastErr = err
		c.log.Printf("square charge %s attempt %d: %v", o.ID, attempt+1, err)
		time.Sleep(wait)
		wait *= 2
	}
	return nil, lastErr
}

// waitCompleted polls the payment until Square reports a final status or
// the wait budget runs out; it answers false when the payment is still open.
func (c *Client) waitCompleted(ctx context.Context, paymentID string) (bool, error) {
	for i := 0; i < 10; i++ {
		resp, err := c.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
		if err != nil {
			return false, err
		}
		switch status(resp.Payment) {
		case "COMPLETED":
			return true, nil
		case "FAILED", "CANCELED":
			return false, ErrDeclined
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
	return false, nil
}

// ChargeAndWait charges the order and waits until Square completes the
// payment, charging once more when the first one did not complete in time.
func (c *Client) ChargeAndWait(ctx context.Context, o *domain.Order, cardID string) (*square.Payment, error) {
	for attempt := 0; attempt < 2; attempt++ {
		p, err := c.Charge(ctx, o, cardID) // want "\\[idempotency\\] squarepay.Client.Charge \\(square Payments.Create\\) is made again on every pass of the loop \\(line 127\\) after squarepay.Client.waitCompleted" "\\[pollcreate\\] payment squarepay.Client.Charge \\(square Payments.Create\\) made again on every pass of the loop \\(line 127\\) after squarepay.Client.waitCompleted"
		if err != nil {
			return nil, err
		}
		done, err := c.waitCompleted(ctx, *p.ID)
		if err != nil {
			return nil, err
		}
		if done {
			return p, nil
		}
		c.log.Printf("square payment %s for order %s not completed yet", *p.ID, o.ID)
	}
	return nil, ErrStillPending
}

// PayOrder attaches captured payments to the Square order so that the
// restaurant's POS shows it as paid.
func (c *Client) PayOrder(ctx context.Context, squareOrderID string, paymentIDs []string) error {
	req := &square.PayOrderRequest{
		OrderID:        squareOrderID,
		IdempotencyKey: "pay-" + squareOrderID,
		PaymentIDs:     paymentIDs,
	}
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		if _, err = c.sq.Orders.Pay(ctx, req); err == nil { // want "\\[retrybackoff\\] square Orders.Pay is retried by a for loop \\(line 153\\) every 300ms"
			return nil
		}
		c.log.Printf("square pay order %s attempt %d: %v", squareOrderID, attempt, err)
		time.Sleep(payRetryDelay)
	}
	return err
}
