// Package paddle: what the payment model knows of paddle-go-sdk v3.
package paddle

import (
	"context"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
)

func billing(ctx context.Context, sdk *paddle.SDK, sub, txn string) { // want `wrapper billing write\|create\|read\|release paddle Subscriptions.CreateSubscriptionCharge idparam=2`
	sdk.CreateSubscriptionCharge(ctx, &paddle.CreateSubscriptionChargeRequest{SubscriptionID: sub, EffectiveFrom: paddle.EffectiveFromImmediately}) // want `op write paddle Subscriptions.CreateSubscriptionCharge id=sub$`
	sdk.CreateAdjustment(ctx, &paddle.CreateAdjustmentRequest{Action: paddle.AdjustmentActionRefund, TransactionID: txn})                           // want `op write paddle Adjustments.CreateAdjustment id=txn$`
	sdk.CreateTransaction(ctx, &paddle.CreateTransactionRequest{})                                                                                  // want `op create paddle Transactions.CreateTransaction$`
	sdk.CancelSubscription(ctx, &paddle.CancelSubscriptionRequest{SubscriptionID: sub})                                                             // want `op release paddle Subscriptions.CancelSubscription id=sub$`
	sdk.GetTransaction(ctx, &paddle.GetTransactionRequest{TransactionID: txn})                                                                      // want `op read paddle Transactions.GetTransaction id=txn$`
	sdk.GetSubscription(ctx, &paddle.GetSubscriptionRequest{SubscriptionID: sub})                                                                   // a subscription's state is no payment's
}
