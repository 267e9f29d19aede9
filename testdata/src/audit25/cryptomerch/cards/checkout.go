// Package cards wraps Stripe: hosted checkout for drops and deposits, refunds.
package cards

import (
	"context"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"

	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/store"
)

// Checkout opens Stripe Checkout sessions.
type Checkout struct {
	publicURL string
	maxWait   time.Duration
}

// NewCheckout returns a checkout for the shop at publicURL.
func NewCheckout(secretKey, publicURL string) *Checkout {
	stripe.Key = secretKey
	return &Checkout{publicURL: publicURL, maxWait: 30 * time.Second}
}

// StartDrop opens a session for a drop order and returns its URL.
func (c *Checkout) StartDrop(ctx context.Context, o *store.Order, priceID string) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String("payment"),
		ClientReferenceID: stripe.String(o.ID),
		SuccessURL:        stripe.String(c.publicURL + "/checkout/success?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(c.publicURL + "/drops/" + o.DropID),
		LineItems: []*stripe.CheckoutSessionLineItemParams{
			{Price: stripe.String(priceID), Quantity: stripe.Int64(int64(o.Quantity))},
		},
		Metadata: map[string]string{"order_id": o.ID, "kind": "drop"},
	}
	params.Context = ctx
	params.SetIdempotencyKey("drop-checkout-" + o.ID)

	bo := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(c.maxWait))
	return backoff.RetryWithData(func() (*stripe.CheckoutSession, error) {
		s, err := session.New(params) // audit: lookalike idempotency: the key is derived from the order and set once on params before backoff retries the same params
		return s, err
	}, backoff.WithContext(bo, ctx))
}

// StartDeposit opens a session for a pre-order deposit.
func (c *Checkout) StartDeposit(ctx context.Context, p *store.Preorder) (*stripe.CheckoutSession, error) {
	var sess *stripe.CheckoutSession
	err := platform.Retry(ctx, 3, func(ctx context.Context) error {
		s, err := session.New(c.depositParams(ctx, p)) // want "\\[idempotency\\] stripe session\\.New is retried by platform\\.Retry \\(line 55\\) but depositParams"
		if err != nil {
			return err
		}
		sess = s
		return nil
	})
	return sess, err
}

func (c *Checkout) depositParams(ctx context.Context, p *store.Preorder) *stripe.CheckoutSessionParams {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String("payment"),
		ClientReferenceID: stripe.String(p.ID),
		SuccessURL:        stripe.String(fmt.Sprintf("%s/preorders/%s/return?session_id={CHECKOUT_SESSION_ID}", c.publicURL, p.ID)),
		CancelURL:         stripe.String(c.publicURL + "/preorders/" + p.ID),
		Metadata:          map[string]string{"preorder_id": p.ID, "kind": "deposit"},
	}
	params.Context = ctx
	params.SetIdempotencyKey("deposit-" + uuid.NewString())
	return params
}

// Lookup reads a session back from Stripe.
func (c *Checkout) Lookup(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{}
	params.Context = ctx
	return session.Get(id, params)
}

// Reconcile waits briefly for a session the support tool is looking at.
func (c *Checkout) Reconcile(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	for i := 0; i < 30; i++ {
		s, err := c.Lookup(ctx, id)
		if err != nil {
			return nil, err
		}
		if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid || s.Status == stripe.CheckoutSessionStatusExpired {
			return s, nil
		}
		time.Sleep(time.Second) // want "\\[pollinterval\\] payment status polled every 1s: the provider's limit is one poll per 2s;"
	}
	return nil, fmt.Errorf("session %s still open", id)
}
