// Package stripepay places, captures and releases card pledges with Stripe
// PaymentIntents (manual capture) and pays creators with Connect transfers.
package stripepay

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit11/crowdfunding/domain"
	"audit11/crowdfunding/retryx"
)

// Client wraps the Stripe API for pledges.
type Client struct {
	sc              *stripe.Client
	retry           retryx.Policy
	captureAttempts int
	settlePoll      time.Duration
	log             *log.Logger
}

// Option configures a Client.
type Option func(*Client)

func WithRetryPolicy(p retryx.Policy) Option { return func(c *Client) { c.retry = p } }
func WithCaptureAttempts(n int) Option       { return func(c *Client) { c.captureAttempts = n } }
func WithSettlePoll(d time.Duration) Option  { return func(c *Client) { c.settlePoll = d } }
func WithLogger(l *log.Logger) Option        { return func(c *Client) { c.log = l } }

// New builds a client for the given secret key.
func New(key string, opts ...Option) *Client {
	c := &Client{
		sc:              stripe.NewClient(key),
		retry:           retryx.Default,
		captureAttempts: 4,
		settlePoll:      30 * time.Second,
		log:             log.Default(),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

const captureRetryWait = 250 * time.Millisecond

// AuthorizePledge creates the PaymentIntent that holds the backer's funds
// until the campaign ends. The intent is confirmed client-side.
func (c *Client) AuthorizePledge(ctx context.Context, p *domain.Pledge, returnURL string) (*stripe.PaymentIntent, error) {
	key := "pledge-auth-" + p.ID
	return retryx.Do(ctx, c.retry, func(ctx context.Context) (*stripe.PaymentIntent, error) {
		params := &stripe.PaymentIntentCreateParams{
			Amount:        stripe.Int64(p.AmountCents),
			Currency:      stripe.String(p.Currency),
			CaptureMethod: stripe.String("manual"),
			ReturnURL:     stripe.String(returnURL),
			Metadata:      map[string]string{"pledge_id": p.ID, "campaign_id": p.CampaignID},
		}
		params.SetIdempotencyKey(key)
		pi, err := c.sc.V1PaymentIntents.Create(ctx, params)
		return pi, classify(err)
	})
}

// AuthorizeSavedCard places the hold for a pledge made with a card the
// backer saved on an earlier campaign. Off-session confirmations can take
// a few seconds when the issuer runs extra checks.
func (c *Client) AuthorizeSavedCard(ctx context.Context, p *domain.Pledge, customerID, paymentMethodID string) (string, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		pi, err := c.sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{ // want "\\[pollcreate\\] payment stripe V1PaymentIntents.Create made again on every pass of the loop \\(line 74\\) after stripepay.Client.waitForHold" "\\[idempotency\\] stripe V1PaymentIntents.Create is made again on every pass of the loop \\(line 74\\) after stripepay.Client.waitForHold \\(line 87\\) gives up while the payment may still be pending, without an idempotency key: stripe-go adds a new random key to each call"
			Amount:        stripe.Int64(p.AmountCents),
			Currency:      stripe.String(p.Currency),
			Customer:      stripe.String(customerID),
			PaymentMethod: stripe.String(paymentMethodID),
			CaptureMethod: stripe.String("manual"),
			Confirm:       stripe.Bool(true),
			Metadata:      map[string]string{"pledge_id": p.ID, "campaign_id": p.CampaignID},
		})
		if err != nil {
			return "", err
		}
		held, err := c.waitForHold(ctx, pi.ID)
		if err != nil {
			return "", err
		}
		if held {
			return pi.ID, nil
		}
		c.log.Printf("pledge %s: intent %s not held yet (attempt %d)", p.ID, pi.ID, attempt)
	}
	return "", domain.ErrStillPending
}

// waitForHold reads the intent until the hold is placed or refused, for at
// most twenty seconds.
func (c *Client) waitForHold(ctx context.Context, intentID string) (bool, error) {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		pi, err := c.sc.V1PaymentIntents.Retrieve(ctx, intentID, nil)
		if err != nil {
			return false, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusRequiresCapture, stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, domain.ErrPaymentFailed
		}
		time.Sleep(2 * time.Second)
	}
	return false, nil
}

// CapturePledge collects a held pledge once its campaign is funded.
func (c *Client) CapturePledge(ctx context.Context, p *domain.Pledge) (*stripe.PaymentIntent, error) {
	var lastErr error
	for attempt := 0; attempt < c.captureAttempts; attempt++ {
		params := &stripe.PaymentIntentCaptureParams{}
		params.SetIdempotencyKey("capture-" + p.ID)
		pi, err := c.sc.V1PaymentIntents.Capture(ctx, p.ProviderRef, params) // want "\\[retrybackoff\\] stripe V1PaymentIntents.Capture is retried by a for loop \\(line 122\\) every 250ms, a fixed wait that does not grow"
		if err == nil {
			return pi, nil
		}
		if retryx.IsStop(classify(err)) {
			return nil, err
		}
		lastErr = err
		time.Sleep(captureRetryWait)
	}
	return nil, fmt.Errorf("capture %s: %w", p.ID, lastErr)
}

// AwaitSettled waits until a captured intent paid by bank debit has left
// the processing state.
func (c *Client) AwaitSettled(ctx context.Context, intentID string) error {
	for { // want "\\[pollbound\\] loop polling payment intentID stops only when the payment succeeds"
		pi, err := c.sc.V1PaymentIntents.Retrieve(ctx, intentID, nil)
		if err != nil {
			return fmt.Errorf("retrieve %s: %w", intentID, err)
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(c.settlePoll)
	}
}

// ReleasePledge cancels the hold of a pledge whose campaign failed.
func (c *Client) ReleasePledge(ctx context.Context, p *domain.Pledge) error {
	params := &stripe.PaymentIntentCancelParams{CancellationReason: stripe.String("abandoned")}
	params.SetIdempotencyKey("release-" + p.ID)
	_, err := c.sc.V1PaymentIntents.Cancel(ctx, p.ProviderRef, params)
	return err
}

// Intent reads a PaymentIntent.
func (c *Client) Intent(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return c.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
}

// classify marks Stripe errors that another attempt cannot fix.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var se *stripe.Error
	if errors.As(err, &se) {
		switch {
		case se.HTTPStatusCode == 429, se.HTTPStatusCode >= 500:
			return err
		case se.Code == stripe.ErrorCodeIdempotencyKeyInUse:
			return err
		default:
			return retryx.Stop(err)
		}
	}
	return err
}
