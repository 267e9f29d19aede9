// Package braintree: polls of a Braintree transaction's status.
package braintree

import (
	"context"
	"time"

	"github.com/braintree-go/braintree-go"
)

func fastPoll(ctx context.Context, bt *braintree.Braintree, id string) {
	for i := 0; i < 100; i++ {
		tx, err := bt.Transaction().Find(ctx, id)
		if err == nil && tx.Status == braintree.TransactionStatusSettled {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(ctx context.Context, bt *braintree.Braintree, id string) {
	for i := 0; i < 100; i++ {
		tx, err := bt.Transaction().Find(ctx, id)
		if err == nil && tx.Status == braintree.TransactionStatusSettled {
			return
		}
		time.Sleep(30 * time.Second)
	}
}
