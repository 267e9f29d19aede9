package deposits

import (
	"context"
	"fmt"

	"github.com/braintree-go/braintree-go"
)

// ChargeNoShowFee charges the card vaulted with the deposit when the
// patient missed the appointment without cancelling.
func ChargeNoShowFee(ctx context.Context, bt *braintree.Braintree, apptID, nonce string, cents int64) (*braintree.Transaction, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		tx, err := bt.Transaction().Create(ctx, &braintree.TransactionRequest{ // want "\\[idempotency\\] braintree Transaction.Create is retried by a for loop \\(line 14\\) without an idempotency key" "\\[retrybackoff\\] braintree Transaction.Create is retried by a for loop \\(line 14\\) with no wait between attempts"
			Type:               "sale",
			Amount:             braintree.NewDecimal(cents, 2),
			OrderId:            "noshow-" + apptID,
			PaymentMethodNonce: nonce,
		})
		if err == nil {
			return tx, nil
		}
		lastErr = err
	}
	return nil, fmt.Errorf("no-show fee %s: %w", apptID, lastErr)
}

// RefundDeposit refunds a deposit when the clinic cancels. Before each
// retry it reads the transaction back, so a refund that went through is
// not sent twice.
func RefundDeposit(ctx context.Context, bt *braintree.Braintree, txnID string) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			tx, err := bt.Transaction().Find(ctx, txnID)
			if err == nil && tx.Type == "credit" {
				return nil
			}
			sleepBackoff(ctx, attempt)
		}
		if _, err := bt.Transaction().Refund(ctx, txnID); err != nil {
			lastErr = err
			continue
		}
		return nil
	}
	return lastErr
}
