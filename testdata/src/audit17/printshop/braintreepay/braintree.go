// Package braintreepay takes PayPal payments through Braintree.
package braintreepay

import (
	"context"
	"fmt"
	"time"

	"github.com/braintree-go/braintree-go"
)

// Gateway takes PayPal (and card) payments through Braintree.
type Gateway struct {
	bt *braintree.Braintree
}

// New returns a Braintree gateway.
func New(env braintree.Environment, merchantID, publicKey, privateKey string) *Gateway {
	return &Gateway{bt: braintree.New(env, merchantID, publicKey, privateKey)}
}

// Braintree exposes the SDK client (webhook parsing).
func (g *Gateway) Braintree() *braintree.Braintree { return g.bt }

// Sale charges the PayPal nonce the buyer's browser obtained and submits it
// for settlement.
func (g *Gateway) Sale(ctx context.Context, orderID, nonce string, amountCents int64) (*braintree.Transaction, error) {
	tx, err := g.bt.Transaction().Create(ctx, &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(amountCents, 2),
		OrderId:            orderID,
		PaymentMethodNonce: nonce,
	})
	if err != nil {
		return nil, fmt.Errorf("braintree: sale %s: %w", orderID, err)
	}
	if tx.Status == braintree.TransactionStatusAuthorized {
		return g.bt.Transaction().SubmitForSettlement(ctx, tx.Id)
	}
	return tx, nil
}

// Settled reports whether the transaction was submitted or settled.
func (g *Gateway) Settled(ctx context.Context, txID string) (bool, error) {
	tx, err := g.bt.Transaction().Find(ctx, txID)
	if err != nil {
		return false, err
	}
	return tx.Status == braintree.TransactionStatusSettled || tx.Status == braintree.TransactionStatusSubmittedForSettlement, nil
}

// RefundMisprint refunds part of a settled PayPal transaction.
func (g *Gateway) RefundMisprint(ctx context.Context, txID string, amountCents int64) (*braintree.Transaction, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		tx, err := g.bt.Transaction().Refund(ctx, txID, braintree.NewDecimal(amountCents, 2)) // want "\\[idempotency\\] braintree Transaction.Refund is retried by a for loop \\(line 55\\) without an idempotency key"
		if err == nil {
			return tx, nil
		}
		lastErr = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return nil, fmt.Errorf("braintree: refund %s: %w", txID, lastErr)
}
