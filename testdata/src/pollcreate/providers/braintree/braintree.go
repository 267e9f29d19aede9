// Package braintree: a new braintree payment created while polling the old one.
package braintree

import (
	"context"
	"time"

	"github.com/braintree-go/braintree-go"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, bt *braintree.Braintree, id string, nonce string) {
	for i := 0; i < 60; i++ {
		tx, err := bt.Transaction().Find(ctx, id)
		if err == nil && (tx.Status == braintree.TransactionStatusSettled || tx.Status == "failed") {
			return
		}
		if i == 30 {
			_, _ = bt.Transaction().Create(ctx, &braintree.TransactionRequest{Type: "sale", PaymentMethodNonce: nonce}) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, bt *braintree.Braintree, id string, nonce string) {
	_, _ = bt.Transaction().Create(ctx, &braintree.TransactionRequest{Type: "sale", PaymentMethodNonce: nonce})
	for i := 0; i < 60; i++ {
		tx, err := bt.Transaction().Find(ctx, id)
		if err == nil && (tx.Status == braintree.TransactionStatusSettled || tx.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
