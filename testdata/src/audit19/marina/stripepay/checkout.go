// Package stripepay wraps the Stripe calls of the marina: berth checkouts,
// damage deposits and weather refunds.
package stripepay

import (
	"context"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"

	"audit19/marina/store"
)

// Client holds the Stripe settings of the marina.
type Client struct {
	baseURL string
}

// New returns a Stripe client; baseURL is the public URL of the booking site.
func New(apiKey, baseURL string) *Client {
	stripe.Key = apiKey
	return &Client{baseURL: baseURL}
}

// StartCheckout creates the Checkout Session for a berth booking.
func (c *Client) StartCheckout(ctx context.Context, bk *store.Booking) (string, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(bk.ID),
		SuccessURL:        stripe.String(c.baseURL + "/berths/booked?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(c.baseURL + "/berths/" + bk.BerthID),
		LineItems: []*stripe.CheckoutSessionLineItemParams{
			{Price: stripe.String("price_berth_night"), Quantity: stripe.Int64(nights(bk))},
		},
		Metadata: map[string]string{"booking_id": bk.ID},
	}
	params.Context = ctx
	params.SetIdempotencyKey("berth-checkout-" + bk.ID)

	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		s, err := session.New(params)
		if err == nil {
			return s.URL, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return "", fmt.Errorf("stripe checkout for %s: %w", bk.ID, lastErr)
}

// Session fetches a Checkout Session.
func (c *Client) Session(id string) (*stripe.CheckoutSession, error) {
	return session.Get(id, nil)
}

func nights(bk *store.Booking) int64 {
	n := int64(time.Until(bk.ArrivesAt).Hours() / 24)
	if n < 1 {
		return 1
	}
	return n
}
