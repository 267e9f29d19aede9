package cardpremium

import (
	"context"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/braintree-go/braintree-go"
)

type LegacyBiller struct {
	bt *braintree.Braintree
}

func NewLegacyBiller(bt *braintree.Braintree) *LegacyBiller { return &LegacyBiller{bt: bt} }

// Charge bills a vaulted card for a legacy-book policy.
func (l *LegacyBiller) Charge(ctx context.Context, policyRef, nonce string, pence int64) (*braintree.Transaction, error) {
	var tx *braintree.Transaction
	err := retry.Do(func() error { // audit: missed retrystatus (by design silent: an SDK call retried on its bare error; the blind author counts the declines/4xx it retries)
		var err error
		tx, err = l.bt.Transaction().Create(ctx, &braintree.TransactionRequest{ // want "\\[idempotency\\] braintree Transaction.Create is retried by retry.Do \\(line 20\\) without an idempotency key" "\\[retrybackoff\\] braintree Transaction.Create is retried by retry.Do \\(line 20\\) with no wait between attempts"
			Type:               "sale",
			Amount:             braintree.NewDecimal(pence, 2),
			OrderId:            policyRef,
			PaymentMethodNonce: nonce,
		})
		return err
	}, retry.Attempts(3), retry.Delay(0), retry.Context(ctx))
	return tx, err
}

// Settle submits an authorised legacy transaction; it looks at the
// transaction first so a repeat after a lost answer does nothing.
func (l *LegacyBiller) Settle(ctx context.Context, txID string) error {
	return retry.Do(func() error {
		tx, err := l.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		if tx.Status != braintree.TransactionStatusAuthorized {
			return nil
		}
		_, err = l.bt.Transaction().SubmitForSettlement(ctx, txID)
		return err
	}, retry.Attempts(4), retry.Delay(2*time.Second), retry.Context(ctx))
}
