package billing

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/platform"
	"audit20/creators/store"
)

// ErrNotSettled means the payment was still processing when we stopped
// waiting.
var ErrNotSettled = errors.New("billing: payment still processing")

// OneClick charges a fan's saved card for a download without sending
// them through Checkout, and waits for the charge to settle so the file
// can be served straight away.
func (c *Checkout) OneClick(ctx context.Context, p *store.Purchase, customer, paymentMethod string) (*stripe.PaymentIntent, error) {
	for pass := 0; pass < 2; pass++ {
		pi, err := c.sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{ // want "\\[idempotency\\] stripe V1PaymentIntents\\.Create is made again on every pass of the loop \\(line 24\\) after platform\\.Await \\(line 36\\) gives up while the payment may still be pending, without an idempotency key" "\\[pollcreate\\] payment stripe V1PaymentIntents\\.Create made again on every pass of the loop \\(line 24\\) after platform\\.Await \\(line 36\\) stops waiting"
			Amount:        stripe.Int64(p.AmountCents),
			Currency:      stripe.String(strings.ToLower(p.Currency)),
			Customer:      stripe.String(customer),
			PaymentMethod: stripe.String(paymentMethod),
			Confirm:       stripe.Bool(true),
			Metadata:      map[string]string{"purchase_id": p.ID},
		})
		if err != nil {
			return nil, fmt.Errorf("one-click %s: %w", p.ID, err)
		}
		final, done, err := platform.Await(ctx, 3*time.Second, 45*time.Second, func(ctx context.Context) (*stripe.PaymentIntent, bool, error) {
			cur, err := c.sc.V1PaymentIntents.Retrieve(ctx, pi.ID, nil)
			if err != nil {
				return nil, false, err
			}
			switch cur.Status {
			case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled,
				stripe.PaymentIntentStatusRequiresPaymentMethod, stripe.PaymentIntentStatusRequiresAction:
				return cur, true, nil
			}
			return cur, false, nil
		})
		if err != nil {
			return nil, err
		}
		if done {
			return final, nil
		}
		c.log.Warn("one-click payment still processing, trying again", "purchase", p.ID, "intent", pi.ID)
	}
	return nil, ErrNotSettled
}
