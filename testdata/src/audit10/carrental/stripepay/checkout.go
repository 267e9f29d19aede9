package stripepay

import (
	"context"
	"fmt"

	stripe "github.com/stripe/stripe-go/v82"
)

// OneWayCheckout opens a hosted checkout page for a one-way drop-off fee.
func (c *Client) OneWayCheckout(ctx context.Context, rentalID, priceID string) (string, error) {
	params := &stripe.CheckoutSessionCreateParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(rentalID),
		SuccessURL:        stripe.String(c.baseURL + "/checkout/oneway/success?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(c.baseURL + "/rentals/" + rentalID),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{
			{Price: stripe.String(priceID), Quantity: stripe.Int64(1)},
		},
	}
	params.SetIdempotencyKey("oneway-" + rentalID)
	s, err := c.sc.V1CheckoutSessions.Create(ctx, params)
	if err != nil {
		return "", fmt.Errorf("checkout session: %w", err)
	}
	return s.URL, nil
}

// CheckoutPaid fetches a checkout session and reports whether it is paid,
// with the rental it belongs to.
func (c *Client) CheckoutPaid(ctx context.Context, sessionID string) (string, bool, error) {
	s, err := c.sc.V1CheckoutSessions.Retrieve(ctx, sessionID, nil)
	if err != nil {
		return "", false, err
	}
	return s.ClientReferenceID, s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid, nil
}

// PrepayIntent creates the PaymentIntent used by the reservation page's
// card element; the page returns to /reserve/return.
func (c *Client) PrepayIntent(ctx context.Context, bookingID string, cents int64, currency string) (string, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:    stripe.Int64(cents),
		Currency:  stripe.String(currency),
		ReturnURL: stripe.String(c.baseURL + "/checkout/reserve/return?booking=" + bookingID),
		Metadata:  map[string]string{"booking": bookingID},
	}
	params.SetIdempotencyKey("prepay-" + bookingID)
	pi, err := c.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return "", err
	}
	return pi.ClientSecret, nil
}
