// Package braintreepay charges vaulted Braintree payment methods for
// monthly memberships and refunds them on cancellation.
package braintreepay

import (
	"context"
	"errors"
	"log"
	"strings"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/cenkalti/backoff/v4"

	"audit12/fitness/domain"
)

// Gateway wraps a Braintree merchant account.
type Gateway struct {
	bt         *braintree.Braintree
	maxRetries uint64
}

func NewGateway(bt *braintree.Braintree) *Gateway {
	return &Gateway{bt: bt, maxRetries: 3}
}

func isProcessorDecline(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "processor_declined") || strings.Contains(msg, "gateway_rejected")
}

func cents(amount int64) *braintree.Decimal { return braintree.NewDecimal(amount, 2) }

// ChargeStored implements domain.Charger with the member's vaulted
// payment method nonce.
func (g *Gateway) ChargeStored(ctx context.Context, m domain.Member, inv domain.Invoice) (string, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             cents(inv.AmountCents),
		OrderId:            inv.ID,
		PaymentMethodNonce: m.BraintreeToken,
	}
	policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), g.maxRetries), ctx)

	var tx *braintree.Transaction
	op := func() error {
		var err error
		tx, err = g.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction.Create is retried by backoff.Retry .* without an idempotency key"
		if err != nil && isProcessorDecline(err) {
			return backoff.Permanent(domain.ErrDeclined)
		}
		return err
	}
	if err := backoff.Retry(op, policy); err != nil {
		return "", err
	}
	if _, err := g.bt.Transaction().SubmitForSettlement(ctx, tx.Id); err != nil {
		return tx.Id, err
	}
	return tx.Id, nil
}

// waitSettled blocks until Braintree has settled the transaction, so that
// it can be refunded rather than voided.
func (g *Gateway) waitSettled(ctx context.Context, txID string) (*braintree.Transaction, error) {
	for { // want "\\[pollbound\\] loop polling payment txID stops only when the payment succeeds .* it has no bound"
		tx, err := g.bt.Transaction().Find(ctx, txID)
		if err != nil {
			log.Printf("braintree: find %s: %v", txID, err)
			time.Sleep(30 * time.Second)
			continue
		}
		if tx.Status == braintree.TransactionStatusSettled {
			return tx, nil
		}
		time.Sleep(30 * time.Second)
	}
}

// RefundCancellation gives back the unused part of a membership. A
// transaction that is only authorized is voided instead.
func (g *Gateway) RefundCancellation(ctx context.Context, txID string, amount int64) error {
	tx, err := g.bt.Transaction().Find(ctx, txID)
	if err != nil {
		return err
	}
	switch tx.Status {
	case braintree.TransactionStatusAuthorized:
		_, err = g.bt.Transaction().Void(ctx, txID)
		return err
	case braintree.TransactionStatusSubmittedForSettlement:
		if tx, err = g.waitSettled(ctx, txID); err != nil {
			return err
		}
	}
	if tx.Status != braintree.TransactionStatusSettled {
		return errors.New("braintree: transaction not refundable in state " + string(tx.Status))
	}
	_, err = g.bt.Transaction().Refund(ctx, txID, cents(amount))
	return err
}
