// Package billing charges patients for consultations: Stripe for US
// cards, Checkout.com for the UK clinics, PayPal through Braintree.
package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/sethvargo/go-retry"
	stripe "github.com/stripe/stripe-go/v82"

	"audit22/telehealth/domain"
	"audit22/telehealth/platform"
)

// Cards charges US cards through Stripe.
type Cards struct {
	sc        *stripe.Client
	publicURL string
	log       *slog.Logger
}

// CardsOption configures Cards.
type CardsOption func(*Cards)

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) CardsOption { return func(c *Cards) { c.log = l } }

// NewCards builds the Stripe card biller.
func NewCards(key, publicURL string, opts ...CardsOption) *Cards {
	c := &Cards{sc: stripe.NewClient(key), publicURL: publicURL, log: platform.With("cards")}
	for _, o := range opts {
		o(c)
	}
	return c
}

// StartCheckout opens a hosted Checkout page for a consult and answers
// its URL.
func (c *Cards) StartCheckout(ctx context.Context, consult *domain.Consult, priceID string) (string, error) {
	params := &stripe.CheckoutSessionCreateParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(consult.ID),
		SuccessURL:        stripe.String(c.publicURL + "/consults/" + consult.ID + "/paid?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(c.publicURL + "/consults/" + consult.ID),
		LineItems:         []*stripe.CheckoutSessionCreateLineItemParams{{Price: stripe.String(priceID), Quantity: stripe.Int64(1)}},
		Metadata:          map[string]string{"consult_id": consult.ID},
	}
	params.SetIdempotencyKey("checkout-" + consult.ID)
	s, err := c.sc.V1CheckoutSessions.Create(ctx, params)
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

// Session reads a Checkout Session.
func (c *Cards) Session(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	return c.sc.V1CheckoutSessions.Retrieve(ctx, id, nil)
}

func transient(err error) bool {
	var se *stripe.Error
	if !errors.As(err, &se) {
		return true // network
	}
	return se.HTTPStatusCode == http.StatusTooManyRequests || se.HTTPStatusCode >= 500
}

// Charge charges a saved card off-session for a follow-up consult.
func (c *Cards) Charge(ctx context.Context, consult *domain.Consult, customerID, pm string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(consult.PriceCents),
		Currency:      stripe.String(consult.Currency),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
		Metadata:      map[string]string{"consult_id": consult.ID},
	}
	params.SetIdempotencyKey("consult-" + consult.ID)
	return backoff.Retry(ctx, func() (*stripe.PaymentIntent, error) {
		pi, err := c.sc.V1PaymentIntents.Create(ctx, params) // audit: lookalike idempotency: key set once from the consult id before the retry
		if err != nil && !transient(err) {                   // audit: lookalike retrystatus: only network, 429 and 5xx are retried; declines and 4xx are Permanent
			return nil, backoff.Permanent(err)
		}
		return pi, err
	}, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(4))
}

// ChargeNoShowFee charges the late-cancellation fee on the card the
// patient booked with.
func (c *Cards) ChargeNoShowFee(ctx context.Context, consult *domain.Consult, customerID, pm string, fee int64) error {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(fee),
		Currency:      stripe.String(consult.Currency),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
		Description:   stripe.String("Late cancellation fee"),
	}
	params.SetIdempotencyKey("noshow-" + consult.ID)
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		_, err = c.sc.V1PaymentIntents.Create(ctx, params)
		if err == nil {
			return nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeAPI) { // want "\\[retrystatus\\] stripe V1PaymentIntents\\.Create is retried by a for loop \\(line 110\\): stripe"
			c.log.Info("no-show fee declined, retrying", "consult", consult.ID, "attempt", attempt)
			time.Sleep(time.Duration(attempt) * 3 * time.Second)
			continue
		}
		return err
	}
	return fmt.Errorf("no-show fee: %w", err)
}

// WaitProcessing waits for a PaymentIntent that is still processing
// (bank debits through Link) to reach a final state.
func (c *Cards) WaitProcessing(ctx context.Context, id string) (stripe.PaymentIntentStatus, error) {
	b := retry.WithMaxDuration(10*time.Minute, retry.WithCappedDuration(time.Minute, retry.NewExponential(3*time.Second)))
	var status stripe.PaymentIntentStatus
	err := retry.Do(ctx, b, func(ctx context.Context) error { // audit: lookalike pollbound: WithMaxDuration bounds it and succeeded, canceled and requires_payment_method all end it
		pi, err := c.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		status = pi.Status
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return nil
		}
		return retry.RetryableError(errors.New("still processing"))
	})
	return status, err
}

// Refund refunds a consult paid by card.
func (c *Cards) Refund(ctx context.Context, consult *domain.Consult, amount int64) (*stripe.Refund, error) {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(consult.ProviderRef),
		Amount:        stripe.Int64(amount),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.SetIdempotencyKey("refund-" + consult.ID)
	return c.sc.V1Refunds.Create(ctx, params)
}
