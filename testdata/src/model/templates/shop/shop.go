// Package shop calls the REST client's templates from another package.
package shop

import (
	"context"

	"model/templates/rest"
)

func checkout(ctx context.Context, c *rest.Client, orderID string) { // want `wrapper checkout write\|create POST /v1/payments keyparam=2$`
	c.CreatePayment(ctx, rest.PaymentRequest{Amount: 100, Key: "order-" + orderID}) // want `op write\|create rest.Client.CreatePayment \(POST /v1/payments\) key=idempotency_key keyparam=2 via=CreatePayment$`
	c.CreatePayment(ctx, rest.PaymentRequest{Amount: 100})                          // want `op write\|create rest.Client.CreatePayment \(POST /v1/payments\) via=CreatePayment$`
	c.Pay(ctx, "/v1/orders/"+orderID+"/payments", rest.PaymentRequest{})            // want `op write\|create POST /v1/orders/\{\}/payments id=orderID via=Pay$`
	c.Pay(ctx, "/v1/products", rest.PaymentRequest{})
}
