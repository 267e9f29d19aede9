// Package mollie: what the payment model knows of the official Mollie SDK.
package mollie

import (
	"context"

	"github.com/google/uuid"
	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

func pay(ctx context.Context, s *client.Client, orderID string, r *components.PaymentRequest) { // want `wrapper pay write\|create\|read mollie Payments.Create autokey`
	s.Payments.Create(ctx, nil, nil, r)                             // want `op write\|create mollie Payments.Create autokey$`
	s.Payments.Create(ctx, nil, client.String("order-"+orderID), r) // want `op write\|create mollie Payments.Create key=idempotencyKey keyparam=2 autokey$`
	key := uuid.NewString()
	s.Payments.Create(ctx, nil, &key, r)                                  // want `op write\|create mollie Payments.Create key=idempotencyKey fresh=1 autokey$`
	s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: orderID}) // want `op read mollie Payments.Get id=orderID$`
}

func refund(ctx context.Context, s *client.Client, paymentID string, key *string) { // want `wrapper refund write mollie Refunds.Create keyparam=3 autokey idparam=2`
	s.Refunds.Create(ctx, paymentID, key, &components.RefundRequest{})  // want `op write mollie Refunds.Create key=idempotencyKey keyparam=3 autokey id=paymentID$`
	s.Captures.Create(ctx, paymentID, nil, &components.EntityCapture{}) // want `op write mollie Captures.Create autokey id=paymentID$`
}
