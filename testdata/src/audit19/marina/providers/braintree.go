// Package providers holds the clients for the payment providers other than
// Stripe: Braintree for US charter clients, Mollie for Dutch and German
// sailors, the Square Terminal at the fuel dock and the lnd node of the
// crew tip jar.
package providers

import (
	"context"
	"fmt"
	"time"

	"github.com/braintree-go/braintree-go"

	"audit19/marina/platform"
)

// Charters charges US charter clients through Braintree.
type Charters struct {
	bt    *braintree.Braintree
	retry *platform.Retrier
}

// NewCharters returns the Braintree charter client.
func NewCharters(bt *braintree.Braintree) *Charters {
	return &Charters{
		bt:    bt,
		retry: platform.NewRetrier(platform.WithAttempts(4), platform.WithBase(2*time.Second)),
	}
}

// ChargeCharter charges the charter fee with the nonce from the drop-in UI
// and submits it for settlement.
func (c *Charters) ChargeCharter(ctx context.Context, bookingID, nonce string, cents int64) (string, error) {
	tx, err := platform.Do(ctx, c.retry, func(ctx context.Context) (*braintree.Transaction, error) {
		return c.bt.Transaction().Create(ctx, &braintree.TransactionRequest{ // want "\\[idempotency\\] braintree Transaction.Create is retried by platform.Do"
			Type:               "sale",
			Amount:             braintree.NewDecimal(cents, 2),
			OrderId:            bookingID,
			PaymentMethodNonce: nonce,
		})
	})
	if err != nil {
		return "", fmt.Errorf("braintree sale for %s: %w", bookingID, err)
	}
	if _, err := c.bt.Transaction().SubmitForSettlement(ctx, tx.Id); err != nil {
		return tx.Id, fmt.Errorf("settle %s: %w", tx.Id, err)
	}
	return tx.Id, nil
}

// Status reads a charter transaction back from Braintree.
func (c *Charters) Status(ctx context.Context, txID string) (braintree.TransactionStatus, error) {
	tx, err := c.bt.Transaction().Find(ctx, txID)
	if err != nil {
		return "", err
	}
	return tx.Status, nil
}
