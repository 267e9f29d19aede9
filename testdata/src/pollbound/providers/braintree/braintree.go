// Package braintree: poll loops over a braintree payment's status read.
package braintree

import (
	"context"
	"time"

	"github.com/braintree-go/braintree-go"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, bt *braintree.Braintree, id string) {
	for { // want `loop polling payment id has no bound`
		tx, err := bt.Transaction().Find(ctx, id)
		if err == nil && (tx.Status == braintree.TransactionStatusSettled || tx.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(ctx context.Context, bt *braintree.Braintree, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		tx, err := bt.Transaction().Find(ctx, id)
		if err == nil && tx.Status == braintree.TransactionStatusSettled {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, bt *braintree.Braintree, id string) {
	for i := 0; i < 60; i++ {
		tx, err := bt.Transaction().Find(ctx, id)
		if err == nil && (tx.Status == braintree.TransactionStatusSettled || tx.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
