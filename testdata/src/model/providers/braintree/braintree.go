// Package braintree: what the payment model knows of braintree-go.
package braintree

import (
	"context"

	"github.com/braintree-go/braintree-go"
)

func sale(ctx context.Context, bt *braintree.Braintree, nonce, id string) { // want `wrapper sale write\|create\|read\|release braintree Transaction.Create`
	bt.Transaction().Create(ctx, &braintree.TransactionRequest{Type: "sale", PaymentMethodNonce: nonce}) // want `op write\|create braintree Transaction.Create$`
	bt.Transaction().SubmitForSettlement(ctx, id)                                                        // want `op write braintree Transaction.SubmitForSettlement id=id$`
	bt.Transaction().Refund(ctx, id, braintree.NewDecimal(100, 2))                                       // want `op write braintree Transaction.Refund id=id$`
	bt.Transaction().Find(ctx, id)                                                                       // want `op read braintree Transaction.Find id=id$`
	bt.Transaction().Void(ctx, id)                                                                       // want `op release braintree Transaction.Void id=id$`
}
