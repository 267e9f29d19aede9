package billing

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit16/farm/paystack"
	"audit16/farm/store"

	"github.com/avast/retry-go/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// SpoilClaim is a buyer's claim that a delivered box arrived spoiled.
type SpoilClaim struct {
	BoxID    string
	OrderRef string
	Amount   int64
}

// Refunds pays back spoiled boxes through the provider the buyer paid with.
type Refunds struct {
	orders *store.Orders
	ledger *store.Ledger
	ps     *paystack.Client
}

// NewRefunds returns the refund service.
func NewRefunds(orders *store.Orders, ledger *store.Ledger, ps *paystack.Client) *Refunds {
	return &Refunds{orders: orders, ledger: ledger, ps: ps}
}

// SpoiledBox refunds one approved spoilage claim.
func (r *Refunds) SpoiledBox(ctx context.Context, c SpoilClaim) error {
	o, err := r.orders.Get(ctx, c.OrderRef)
	if err != nil {
		return err
	}
	switch o.Provider {
	case "stripe":
		key := "spoiled-" + c.BoxID
		err = retry.Do(func() error {
			p := &stripe.RefundParams{
				PaymentIntent: stripe.String(o.ProviderRef),
				Amount:        stripe.Int64(c.Amount),
				Reason:        stripe.String("requested_by_customer"),
			}
			p.SetIdempotencyKey(key)
			_, err := refund.New(p)
			return err
		},
			retry.Context(ctx),
			retry.Attempts(4),
			retry.Delay(2*time.Second),
			retry.RetryIf(func(err error) bool {
				var se *stripe.Error
				if errors.As(err, &se) { // want "\\[retrystatus\\] stripe refund.New is retried by retry.Do \\(line 45\\): stripe errors of type invalid_request_error are retried"
					return se.Type != stripe.ErrorTypeCard // audit: reported at billing/refunds.go:60 (the errors.As guard, where the rule blames a condition): the RetryIf retries every *stripe.Error but card_error, so invalid_request_error (already refunded, amount too large) is sent again and gets the same answer (KeyStone/Hilt: 4xx do not change)
				}
				return true
			}),
		)
	case "paystack":
		err = r.ps.Refund(ctx, o.ProviderRef, c.Amount)
	default:
		return fmt.Errorf("refunds for %s go through support", o.Provider)
	}
	if err != nil {
		return err
	}
	return r.ledger.Append(ctx, store.LedgerEntry{
		OrderRef: o.Ref, Kind: "refund_spoiled", AmountMinor: -c.Amount, Currency: o.Currency, ProviderRef: c.BoxID,
	})
}
