// Package square: what the payment model knows of square-go-sdk.
package square

import (
	"context"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

func pay(ctx context.Context, sq *sqclient.Client, orderID string, amount int64) { // want `wrapper pay write\|create\|read square Payments.Create`
	sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: "cnon:card"})                          // want `op write\|create square Payments.Create$`
	sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: "cnon:card", IdempotencyKey: orderID}) // want `op write\|create square Payments.Create key=idempotency_key keyparam=2$`
	req := &square.CreatePaymentRequest{SourceID: "cnon:card"}
	req.IdempotencyKey = uuid.NewString()
	sq.Payments.Create(ctx, req)                                                                    // want `op write\|create square Payments.Create key=idempotency_key fresh=1$`
	sq.Orders.Create(ctx, &square.CreateOrderRequest{IdempotencyKey: square.String(orderID)})       // want `op write\|create square Orders.Create key=idempotency_key keyparam=2$`
	sq.Orders.Pay(ctx, &square.PayOrderRequest{OrderID: orderID, IdempotencyKey: "pay-" + orderID}) // want `op write square Orders.Pay key=idempotency_key keyparam=2 id=orderID$`
	sq.Refunds.RefundPayment(ctx, &square.RefundPaymentRequest{PaymentID: square.String("p")})      // want `op write square Refunds.RefundPayment$`
	sq.Orders.Get(ctx, &square.GetOrdersRequest{OrderID: orderID})                                  // want `op read square Orders.Get id=orderID$`
}

func read(ctx context.Context, sq *sqclient.Client, id string) { // want `wrapper read read square Payments.Get idparam=2`
	get := &square.GetPaymentsRequest{PaymentID: id}
	sq.Payments.Get(ctx, get) // want `op read square Payments.Get id=id$`
}

// A request handed in may carry a key.
func handedIn(ctx context.Context, sq *sqclient.Client, req *square.CreatePaymentRequest) { // want `wrapper handedIn write\|create square Payments.Create keyparam=2`
	sq.Payments.Create(ctx, req) // want `op write\|create square Payments.Create key=idempotency_key keyparam=2 value=\?$`
}
