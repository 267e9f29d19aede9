// Package billing charges fans: Stripe Checkout for memberships and
// downloads, Paddle for EU fans (VAT-inclusive prices, Paddle is the
// merchant of record), and Stripe refunds.
package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit20/creators/platform"
	"audit20/creators/store"
)

// Checkout opens Stripe Checkout sessions.
type Checkout struct {
	sc        *stripe.Client
	publicURL string
	log       *slog.Logger
}

// CheckoutOption configures a Checkout.
type CheckoutOption func(*Checkout)

// WithCheckoutLogger sets the logger.
func WithCheckoutLogger(l *slog.Logger) CheckoutOption { return func(c *Checkout) { c.log = l } }

// NewCheckout builds a Checkout.
func NewCheckout(sc *stripe.Client, publicURL string, opts ...CheckoutOption) *Checkout {
	c := &Checkout{sc: sc, publicURL: publicURL, log: slog.Default()}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Subscribe opens a subscription-mode session for a tier and returns the
// URL to send the fan to.
func (c *Checkout) Subscribe(ctx context.Context, fanID, customer string, t *store.Tier) (string, error) {
	params := &stripe.CheckoutSessionCreateParams{
		Mode: stripe.String(string(stripe.CheckoutSessionModeSubscription)),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{
			{Price: stripe.String(t.StripePriceID), Quantity: stripe.Int64(1)},
		},
		ClientReferenceID: stripe.String(fanID),
		SuccessURL:        stripe.String(c.publicURL + "/memberships/welcome?tier=" + t.ID),
		CancelURL:         stripe.String(c.publicURL + "/c/" + t.CreatorID),
		Metadata:          map[string]string{"fan_id": fanID, "tier_id": t.ID, "creator_id": t.CreatorID},
	}
	if customer != "" {
		params.AddExtra("customer", customer)
	}
	// One session per fan, tier and day: a double click reuses it.
	params.SetIdempotencyKey(fmt.Sprintf("sub-%s-%s-%s", fanID, t.ID, time.Now().UTC().Format("20060102")))
	s, err := c.sc.V1CheckoutSessions.Create(ctx, params)
	if err != nil {
		return "", fmt.Errorf("stripe subscription session: %w", err)
	}
	return s.URL, nil
}

// BuyDownload opens a payment-mode session for one download.
func (c *Checkout) BuyDownload(ctx context.Context, p *store.Purchase, priceID string) (string, error) {
	params := &stripe.CheckoutSessionCreateParams{
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{
			{Price: stripe.String(priceID), Quantity: stripe.Int64(1)},
		},
		ClientReferenceID: stripe.String(p.ID),
		SuccessURL:        stripe.String(c.publicURL + "/checkout/success?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(c.publicURL + "/downloads/" + p.ProductID),
		Metadata:          map[string]string{"purchase_id": p.ID, "creator_id": p.CreatorID},
	}
	params.SetIdempotencyKey("dl-" + p.ID)
	s, err := platform.Retry(ctx, 3, time.Second, func(ctx context.Context) (*stripe.CheckoutSession, error) {
		s, err := c.sc.V1CheckoutSessions.Create(ctx, params) // audit: lookalike idempotency: the key "dl-"+purchase id is set once on params before the retry and sent on every attempt
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != http.StatusTooManyRequests {
			return nil, platform.Stop(err)
		}
		return s, err
	})
	if err != nil {
		return "", fmt.Errorf("stripe download session: %w", err)
	}
	return s.URL, nil
}

// Session reads a Checkout Session back.
func (c *Checkout) Session(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	return c.sc.V1CheckoutSessions.Retrieve(ctx, id, nil)
}

// StripeEvent checks a Stripe delivery's signature and decodes it.
func StripeEvent(body []byte, header, secret string) (stripe.Event, error) {
	ev, err := webhook.ConstructEventWithOptions(body, header, secret, webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true})
	if err != nil {
		return stripe.Event{}, fmt.Errorf("stripe signature: %w", err)
	}
	return ev, nil
}
