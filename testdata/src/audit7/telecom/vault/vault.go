// Package vault charges business accounts whose card sits in the Braintree
// vault (payment method nonce minted by the portal's drop-in).
package vault

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/braintree-go/braintree-go"
)

type Charges struct {
	BT   *braintree.Braintree
	Repo TxRepo
}

// TxRepo remembers which Braintree transaction belongs to which invoice.
type TxRepo interface {
	TxForInvoice(ctx context.Context, invoiceID string) (string, error)
	SaveTx(ctx context.Context, invoiceID, txID string) error
}

// Charge bills one business invoice. Braintree times out now and then under
// load; the gateway call is repeated with a growing pause.
func (c *Charges) Charge(ctx context.Context, invoiceID, nonce string, cents int64) (*braintree.Transaction, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var tx *braintree.Transaction
		tx, err = c.BT.Transaction().Create(ctx, &braintree.TransactionRequest{ // want "\\[idempotency\\] braintree Transaction.Create is retried by a for loop"
			Type:               "sale",
			Amount:             braintree.NewDecimal(cents, 2),
			OrderId:            invoiceID,
			PaymentMethodNonce: nonce,
		})
		if err == nil {
			return tx, c.Repo.SaveTx(ctx, invoiceID, tx.Id)
		}
		log.Printf("braintree sale %s attempt %d: %v", invoiceID, attempt, err)
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, err
}

// ChargeOnce is the path the ops console uses: one sale, no retry; an
// operator looks at the gateway before pressing the button again.
func (c *Charges) ChargeOnce(ctx context.Context, invoiceID, nonce string, cents int64) (*braintree.Transaction, error) {
	if id, err := c.Repo.TxForInvoice(ctx, invoiceID); err == nil && id != "" {
		return c.BT.Transaction().Find(ctx, id)
	}
	tx, err := c.BT.Transaction().Create(ctx, &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(cents, 2),
		OrderId:            invoiceID,
		PaymentMethodNonce: nonce,
	})
	if err != nil {
		return nil, fmt.Errorf("invoice %s: %w", invoiceID, err)
	}
	return tx, c.Repo.SaveTx(ctx, invoiceID, tx.Id)
}

// WaitSettled waits for the nightly settlement batch to pick the sale up.
func (c *Charges) WaitSettled(ctx context.Context, txID string) (bool, error) {
	for i := 0; i < 20; i++ {
		tx, err := c.BT.Transaction().Find(ctx, txID)
		if err != nil {
			return false, err
		}
		switch tx.Status {
		case braintree.TransactionStatusSettled:
			return true, nil
		case "settlement_declined", "voided", "failed":
			return false, nil
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

// WaitSubmitted is used by the month-end report: it watches a sale until it
// leaves "authorized".
func (c *Charges) WaitSubmitted(ctx context.Context, txID string) error {
	for { // want "\\[pollbound\\] loop polling payment txID stops only when the payment succeeds"
		tx, err := c.BT.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		if tx.Status == braintree.TransactionStatusSubmittedForSettlement {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
}
