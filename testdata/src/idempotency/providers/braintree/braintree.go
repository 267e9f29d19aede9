// Package braintree: application retries around braintree-go, which has
// no idempotency key: a replay is safe only after reading the
// transaction's current state.
package braintree

import (
	"context"
	"errors"
	"time"

	"github.com/braintree-go/braintree-go"
	backoff4 "github.com/cenkalti/backoff/v4"
)

// --- flagged ---

func settleWithRetry(ctx context.Context, bt *braintree.Braintree, id string) (*braintree.Transaction, error) {
	for attempt := 0; attempt < 3; attempt++ {
		tx, err := bt.Transaction().SubmitForSettlement(ctx, id) // want `braintree Transaction.SubmitForSettlement is retried by a for loop \(line 18\) without an idempotency key: braintree-go sends none, so a retry after a lost response can charge twice; before replaying, read the payment's current state from the provider and replay only if the first attempt did not go through`
		if err == nil {
			return tx, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

func saleWithBackoff(ctx context.Context, bt *braintree.Braintree, nonce string) error {
	return backoff4.Retry(func() error {
		_, err := bt.Transaction().Create(ctx, &braintree.TransactionRequest{Type: "sale", PaymentMethodNonce: nonce}) // want `braintree Transaction.Create is retried by backoff.Retry \(line 29\) without an idempotency key: braintree-go sends none`
		return err
	}, backoff4.NewExponentialBackOff())
}

// Near miss: the state is read but only its error is looked at.
func readsButIgnoresState(ctx context.Context, bt *braintree.Braintree, id string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, ferr := bt.Transaction().Find(ctx, id); ferr != nil {
			continue
		}
		if _, err = bt.Transaction().SubmitForSettlement(ctx, id); err == nil { // want `braintree Transaction.SubmitForSettlement is retried by a for loop \(line 38\) without an idempotency key: braintree-go sends none`
			return nil
		}
	}
	return err
}

// --- silent ---

// The Hilt recovery pattern: read the current state, replay only if the
// last attempt did not go through.
func settleAfterReadingState(ctx context.Context, bt *braintree.Braintree, id string) (*braintree.Transaction, error) {
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			cur, err := bt.Transaction().Find(ctx, id)
			if err == nil && cur.Status == braintree.TransactionStatusSubmittedForSettlement {
				return cur, nil
			}
		}
		tx, err := bt.Transaction().SubmitForSettlement(ctx, id)
		if err == nil {
			return tx, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("gave up")
}

func stateInSwitch(ctx context.Context, bt *braintree.Braintree, id string) error {
	return backoff4.Retry(func() error {
		cur, err := bt.Transaction().Find(ctx, id)
		if err != nil {
			return err
		}
		switch cur.Status {
		case braintree.TransactionStatusSettled, braintree.TransactionStatusSubmittedForSettlement:
			return nil
		}
		_, err = bt.Transaction().SubmitForSettlement(ctx, id)
		return err
	}, backoff4.NewExponentialBackOff())
}

func singleCall(ctx context.Context, bt *braintree.Braintree, nonce string) (*braintree.Transaction, error) {
	return bt.Transaction().Create(ctx, &braintree.TransactionRequest{Type: "sale", PaymentMethodNonce: nonce})
}

func retriedFind(ctx context.Context, bt *braintree.Braintree, id string) (*braintree.Transaction, error) {
	for i := 0; i < 5; i++ {
		if tx, err := bt.Transaction().Find(ctx, id); err == nil {
			return tx, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("gave up")
}

// --- through a wrapper ---

func settle(ctx context.Context, bt *braintree.Braintree, id string) error {
	_, err := bt.Transaction().SubmitForSettlement(ctx, id)
	return err
}

func viaWrapper(ctx context.Context, bt *braintree.Braintree, id string) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = settle(ctx, bt, id); err == nil { // want `braintree.settle \(braintree Transaction.SubmitForSettlement\) is retried by a for loop \(line 108\) without an idempotency key: braintree-go sends none`
			return nil
		}
	}
	return err
}
