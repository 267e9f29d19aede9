package billing

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/braintree-go/braintree-go"
)

// Legacy serves customers still on Braintree vaulted cards (pre-2023 CA
// accounts). Jobs are authorised at booking and submitted for settlement
// once done.
type Legacy struct {
	bt  *braintree.Braintree
	log *slog.Logger
}

func NewLegacy(bt *braintree.Braintree, log *slog.Logger) *Legacy { return &Legacy{bt: bt, log: log} }

// Settle submits an authorised transaction for settlement. A timeout from
// the gateway does not tell us whether it went through, so every attempt
// looks at the transaction first.
func (l *Legacy) Settle(ctx context.Context, txID string, cents int64) error {
	amount := braintree.NewDecimal(cents, 2)
	return retry.Do(func() error {
		tx, err := l.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		switch tx.Status {
		case braintree.TransactionStatusSubmittedForSettlement, braintree.TransactionStatusSettling,
			braintree.TransactionStatusSettled, braintree.TransactionStatusSettlementPending:
			return nil
		case braintree.TransactionStatusAuthorized:
		default:
			return retry.Unrecoverable(fmt.Errorf("transaction %s is %s", txID, tx.Status))
		}
		_, err = l.bt.Transaction().SubmitForSettlement(ctx, txID, amount) // audit: lookalike idempotency: braintree has no key, but each attempt reads the transaction's state first
		return err
	}, retry.Context(ctx), retry.Attempts(5), retry.Delay(2*time.Second), retry.DelayType(retry.BackOffDelay))
}

// WaitSettled blocks until the transaction has settled so the pro's payout
// can include it.
func (l *Legacy) WaitSettled(ctx context.Context, txID string) error {
	return retry.Do(func() error { // want "\\[pollbound\\] retry\\.Do polling payment txID has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		tx, err := l.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		if tx.Status != braintree.TransactionStatusSettled {
			return fmt.Errorf("transaction %s still %s", txID, tx.Status)
		}
		return nil
	}, retry.UntilSucceeded(), retry.Delay(30*time.Second), retry.DelayType(retry.FixedDelay)) // audit: reported at billing/braintree.go:49, the retry.Do call (pollbound): UntilSucceeded with no Context and no exit on settlement_declined/voided: a declined transaction is polled forever
}
