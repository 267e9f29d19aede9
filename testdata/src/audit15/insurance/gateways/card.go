// Package gateways wraps the payment providers premiums are collected with.
package gateways

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/braintree-go/braintree-go"

	"audit15/insurance/policy"
)

// Card collects card premiums through Braintree.
type Card struct {
	bt *braintree.Braintree
}

func NewCard(bt *braintree.Braintree) *Card { return &Card{bt: bt} }

func isTransient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// ChargePremium charges one premium instalment to the card behind nonce.
func (c *Card) ChargePremium(ctx context.Context, pr policy.Premium, nonce string) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(pr.AmountMinor, 2),
		OrderId:            pr.ID,
		PaymentMethodNonce: nonce,
	}
	return retry.DoWithData(func() (*braintree.Transaction, error) {
		return c.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction.Create is retried by retry.DoWithData"
	},
		retry.Context(ctx),
		retry.Attempts(3),
		retry.Delay(time.Second),
		retry.RetryIf(isTransient),
	)
}

// Settle submits an authorized transaction for settlement.
func (c *Card) Settle(ctx context.Context, txID string) (*braintree.Transaction, error) {
	return c.bt.Transaction().SubmitForSettlement(ctx, txID)
}

func (c *Card) lookup(ctx context.Context, txID string) (*braintree.Transaction, error) {
	var lastErr error
	for i := 0; i < 3; i++ {
		tx, err := c.bt.Transaction().Find(ctx, txID) // want "\\[retrybackoff\\] braintree Transaction.Find is retried by a for loop \\(line 55\\) every 250ms"
		if err == nil {
			return tx, nil
		}
		lastErr = err
		time.Sleep(250 * time.Millisecond)
	}
	return nil, lastErr
}

// RefundUnused refunds the unused part of a card premium. A transaction
// that has not settled yet is voided instead.
func (c *Card) RefundUnused(ctx context.Context, txID string, amountMinor int64) (string, error) {
	tx, err := c.lookup(ctx, txID)
	if err != nil {
		return "", err
	}
	switch tx.Status {
	case braintree.TransactionStatusAuthorized, braintree.TransactionStatusSubmittedForSettlement:
		v, err := c.bt.Transaction().Void(ctx, txID)
		if err != nil {
			return "", err
		}
		return v.Id, nil
	}
	r, err := c.bt.Transaction().Refund(ctx, txID, braintree.NewDecimal(amountMinor, 2))
	if err != nil {
		return "", err
	}
	return r.Id, nil
}

// AwaitSettlement waits until the bank settles a card premium.
func (c *Card) AwaitSettlement(ctx context.Context, txID string) error {
	for { // want "\\[pollbound\\] loop polling payment txID has no bound"
		tx, err := c.bt.Transaction().Find(ctx, txID)
		if err != nil {
			log.Printf("braintree find %s: %v", txID, err)
			time.Sleep(30 * time.Second)
			continue
		}
		switch tx.Status {
		case braintree.TransactionStatusSettled, "settlement_confirmed":
			return nil
		case "settlement_declined", "processor_declined", "gateway_rejected", "voided":
			return fmt.Errorf("card premium %s: %s", txID, tx.Status)
		}
		time.Sleep(30 * time.Second)
	}
}
