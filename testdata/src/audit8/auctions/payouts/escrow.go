package payouts

import (
	"context"
	"errors"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// EscrowRelease waits until the buyer's payment has succeeded, then pays
// the consignor exactly once, after the loop.
func (p *ConnectPayer) EscrowRelease(ctx context.Context, buyerIntentID string, s Settlement) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		pi, err := paymentintent.Get(buyerIntentID, nil)
		if err != nil {
			return "", err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			break
		}
		if pi.Status == stripe.PaymentIntentStatusCanceled {
			return "", errors.New("payouts: buyer payment canceled")
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
	}
	return p.Release(ctx, s)
}
