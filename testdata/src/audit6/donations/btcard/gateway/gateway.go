// Package gateway wraps braintree-go for one-off card donations.
package gateway

import (
	"context"
	"fmt"
	"time"

	"github.com/braintree-go/braintree-go"
)

// Gateway charges cards through Braintree.
type Gateway struct {
	bt *braintree.Braintree
}

// New builds the gateway for the sandbox or production environment.
func New(env braintree.Environment, merchantID, publicKey, privateKey string) *Gateway {
	return &Gateway{bt: braintree.New(env, merchantID, publicKey, privateKey)}
}

// Charge authorises and submits the donation. Braintree sometimes drops
// the connection under load, so the sale is retried.
func (g *Gateway) Charge(ctx context.Context, donationID, nonce string, pence int64) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(pence, 2),
		OrderId:            donationID,
		PaymentMethodNonce: nonce,
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		tx, err := g.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction.Create is retried by a for loop \\(line 32\\) without an idempotency key" "\\[retrybackoff\\] braintree Transaction.Create is retried by a for loop \\(line 32\\) with no wait"
		if err == nil {
			return tx, nil
		}
		lastErr = err
	}
	return nil, fmt.Errorf("braintree sale for %s: %w", donationID, lastErr)
}

// Settle submits an authorised transaction for settlement. Before each
// attempt it reads the transaction, so a submission that went through but
// whose answer was lost is not sent again.
func (g *Gateway) Settle(ctx context.Context, txID string) error {
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		tx, err := g.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		if tx.Status == braintree.TransactionStatusSubmittedForSettlement || tx.Status == braintree.TransactionStatusSettled {
			return nil
		}
		if _, err = g.bt.Transaction().SubmitForSettlement(ctx, txID); err == nil {
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("settle %s: gave up", txID)
}
