// Package cardpay charges cards for bills through Braintree and collects
// recurring direct debits through GoCardless.
package cardpay

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/braintree-go/braintree-go"
)

// CardPayer charges cards.
type CardPayer struct {
	bt *braintree.Braintree
}

// NewCardPayer wires the Braintree gateway.
func NewCardPayer(bt *braintree.Braintree) *CardPayer { return &CardPayer{bt: bt} }

// ChargeBill retries the sale: Braintree has no idempotency key, so a
// timeout after the sale went through charges the card twice.
func (c *CardPayer) ChargeBill(ctx context.Context, billID, nonce string, cents int64) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(cents, 2),
		OrderId:            billID,
		PaymentMethodNonce: nonce,
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		tx, err := c.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] .*braintree Transaction.Create is retried"
		if err == nil {
			return tx, nil
		}
		lastErr = err
		log.Printf("braintree sale for bill %s failed (attempt %d): %v", billID, attempt, err)
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, fmt.Errorf("charge bill %s: %w", billID, lastErr)
}

// Receipt fetches a transaction for the receipt PDF, retrying reads.
func (c *CardPayer) Receipt(ctx context.Context, txID string) (*braintree.Transaction, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		tx, err := c.bt.Transaction().Find(ctx, txID)
		if err == nil {
			return tx, nil
		}
		lastErr = err
		time.Sleep(time.Second)
	}
	return nil, lastErr
}
