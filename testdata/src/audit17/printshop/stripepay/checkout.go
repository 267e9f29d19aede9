// Package stripepay wraps stripe-go for the printshop's card checkout.
package stripepay

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
)

// Config is the Stripe configuration of the shop.
type Config struct {
	SecretKey string
	BaseURL   string
}

// Client creates Stripe checkouts and refunds.
type Client struct {
	cfg Config
}

// New returns a Stripe client and sets the global key.
func New(cfg Config) *Client {
	stripe.Key = cfg.SecretKey
	return &Client{cfg: cfg}
}

// CheckoutLine is one line of a hosted checkout.
type CheckoutLine struct {
	PriceID  string
	Quantity int64
}

// CreateCheckout opens a hosted Checkout Session for the order.
func (c *Client) CreateCheckout(ctx context.Context, orderID string, lines []CheckoutLine) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(orderID),
		SuccessURL:        stripe.String(c.cfg.BaseURL + "/checkout/success?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(c.cfg.BaseURL + "/cart"),
		Metadata:          map[string]string{"order_id": orderID},
	}
	for _, l := range lines {
		params.LineItems = append(params.LineItems, &stripe.CheckoutSessionLineItemParams{
			Price: stripe.String(l.PriceID), Quantity: stripe.Int64(l.Quantity),
		})
	}
	params.Context = ctx
	params.SetIdempotencyKey("cs-" + orderID)
	return session.New(params)
}

// SessionPaid reports whether the Checkout Session was paid and for which order.
func (c *Client) SessionPaid(ctx context.Context, sessionID string) (string, bool, error) {
	s, err := session.Get(sessionID, &stripe.CheckoutSessionParams{Params: stripe.Params{Context: ctx}})
	if err != nil {
		return "", false, err
	}
	return s.ClientReferenceID, s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid, nil
}

// Session loads a Checkout Session.
func (c *Client) Session(ctx context.Context, sessionID string) (*stripe.CheckoutSession, error) {
	return session.Get(sessionID, &stripe.CheckoutSessionParams{Params: stripe.Params{Context: ctx}})
}

// ChargeSaved charges a buyer's saved card off-session for a reorder.
func (c *Client) ChargeSaved(ctx context.Context, orderID, customer, pm string, amount int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(amount),
		Currency:      stripe.String(string(stripe.CurrencyUSD)),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"order_id": orderID},
	}
	params.Context = ctx
	params.SetIdempotencyKey("reorder-" + orderID)

	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		pi, err := paymentintent.New(params) // want "\\[retrybackoff\\] stripe paymentintent.New is retried by a for loop \\(line 88\\) every 250ms"
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeInvalidRequest) {
			return nil, err
		}
		lastErr = err
		time.Sleep(250 * time.Millisecond)
	}
	return nil, fmt.Errorf("stripe: reorder %s: %w", orderID, lastErr)
}

// PaymentIntentStatus reads a PaymentIntent's status.
func (c *Client) PaymentIntentStatus(ctx context.Context, id string) (stripe.PaymentIntentStatus, string, error) {
	pi, err := paymentintent.Get(id, &stripe.PaymentIntentParams{Params: stripe.Params{Context: ctx}})
	if err != nil {
		return "", "", err
	}
	return pi.Status, pi.Metadata["order_id"], nil
}

// RefundMisprint refunds an order whose print came out wrong.
func (c *Client) RefundMisprint(ctx context.Context, orderID, paymentIntentID string, amount int64) (*stripe.Refund, error) {
	params := &stripe.RefundParams{
		PaymentIntent: stripe.String(paymentIntentID),
		Amount:        stripe.Int64(amount),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.Context = ctx
	params.SetIdempotencyKey("misprint-" + orderID)
	return retry.DoWithData(func() (*stripe.Refund, error) {
		r, err := refund.New(params) // want "\\[retrybackoff\\] stripe refund.New is retried by retry.DoWithData \\(line 121\\) every 50ms"
		var ne net.Error
		if err != nil && !errors.As(err, &ne) {
			return nil, retry.Unrecoverable(err)
		}
		return r, err
	},
		retry.Attempts(5),
		retry.Delay(50*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
		retry.Context(ctx),
	)
}
