// Package app calls the billing wrappers from another package.
package app

import (
	"context"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"

	"model/wrappers/billing"
)

func checkout(ctx context.Context, c *billing.Client, orderID string) { // want `wrapper checkout write\|create\|read\|fulfillment POST /v1/charges keyparam=2$`
	billing.Outer(ctx, c, "order-"+orderID)       // want `op write\|create billing.Outer \(POST /v1/charges\) key=Idempotency-Key keyparam=2 via=Outer$`
	c.Charge(ctx, 100, uuid.NewString())          // want `op write\|create billing.Client.Charge \(POST /v1/charges\) key=Idempotency-Key fresh=1 via=Charge$`
	c.ChargeFresh(ctx, 100)                       // want `op write\|create billing.Client.ChargeFresh \(POST /v1/charges\) key=Idempotency-Key freshcallee value=\? via=ChargeFresh$`
	c.Status(ctx, orderID)                        // want `op read billing.Client.Status \(GET /v1/payments/\{\}\) id=orderID via=Status$`
	billing.Create(&stripe.PaymentIntentParams{}) // want `op write\|create billing.Create \(stripe paymentintent.New\) autokey via=Create$`
	p := &stripe.PaymentIntentParams{}
	p.SetIdempotencyKey(orderID)
	billing.Create(p)        // want `op write\|create billing.Create \(stripe paymentintent.New\) key=IdempotencyKey keyparam=2 autokey via=Create$`
	billing.Deliver(orderID) // want `op fulfillment billing.Deliver via=Deliver$`
	billing.Ship(orderID)    // want `op fulfillment billing.Ship via=Ship$`
}

func byOrder(ctx context.Context, c *billing.Client, o billing.Order) { // want `wrapper byOrder write\|create POST /v1/charges keyparam=2$`
	c.ChargeOrder(ctx, o) // want `op write\|create billing.Client.ChargeOrder \(POST /v1/charges\) key=Idempotency-Key keyparam=2 via=ChargeOrder$`
}
