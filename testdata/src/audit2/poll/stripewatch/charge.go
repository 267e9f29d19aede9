package stripewatch

import (
	"context"
	"log"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

func (t *Terminal) intentParams(amount int64, orderID string) *stripe.PaymentIntentParams {
	p := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(amount),
		Currency: stripe.String("eur"),
		Metadata: map[string]string{"order_id": orderID},
	}
	p.SetIdempotencyKey("order-" + orderID)
	return p
}

// ChargeAtReader starts a payment for an order and waits for the reader.
func (t *Terminal) ChargeAtReader(ctx context.Context, orderID string, amount int64) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(t.intentParams(amount, orderID))
	if err != nil {
		return nil, err
	}
	id := pi.ID
	for {
		cur, err := paymentintent.Get(id, nil)
		if err != nil {
			// the reader sometimes loses the intent: start over with a fresh one
			log.Printf("intent %s lost: %v", id, err)
			fresh, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur")}) // want "\\[idempotency\\] stripe paymentintent.New is retried by a for loop" "\\[pollcreate\\] new payment created inside the loop that polls payment id"
			if err != nil {
				return nil, err
			}
			id = fresh.ID
			continue
		}
		switch cur.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return cur, nil
		case stripe.PaymentIntentStatusCanceled:
			return cur, ErrDeclined
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}

// RetryDeclined keeps the same intent while pending and starts a new one only
// once the previous one was canceled.
func (t *Terminal) RetryDeclined(ctx context.Context, orderID string, amount int64) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(t.intentParams(amount, orderID))
	if err != nil {
		return nil, err
	}
	for attempt := 0; attempt < 20; attempt++ {
		cur, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return nil, err
		}
		if cur.Status == stripe.PaymentIntentStatusSucceeded {
			return cur, nil
		}
		if cur.Status == stripe.PaymentIntentStatusCanceled {
			pi, err = paymentintent.New(t.intentParams(amount, orderID+"-retry"))
			if err != nil {
				return nil, err
			}
		}
		time.Sleep(4 * time.Second)
	}
	return nil, ctx.Err()
}
