// Package xendit: what the payment model knows of xendit-go.
package xendit

import (
	"context"

	"github.com/google/uuid"
	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
	refund "github.com/xendit/xendit-go/v7/refund"
)

func pay(ctx context.Context, c *xendit.APIClient, p paymentrequest.PaymentRequestParameters, orderID string) { // want `wrapper pay write\|create\|read xendit PaymentRequestApi.CreatePaymentRequest`
	c.PaymentRequestApi.CreatePaymentRequest(ctx).PaymentRequestParameters(p).Execute()                                 // want `op write\|create xendit PaymentRequestApi.CreatePaymentRequest$`
	c.PaymentRequestApi.CreatePaymentRequest(ctx).IdempotencyKey("pr-" + orderID).PaymentRequestParameters(p).Execute() // want `op write\|create xendit PaymentRequestApi.CreatePaymentRequest key=IdempotencyKey keyparam=3$`
	req := c.PaymentRequestApi.CreatePaymentRequest(ctx).PaymentRequestParameters(p)
	req = req.IdempotencyKey(uuid.NewString())
	req.Execute()                                                     // want `op write\|create xendit PaymentRequestApi.CreatePaymentRequest key=IdempotencyKey fresh=1$`
	c.PaymentRequestApi.CreatePaymentRequestExecute(req)              // want `op write\|create xendit PaymentRequestApi.CreatePaymentRequestExecute key=IdempotencyKey fresh=1$`
	c.PaymentRequestApi.GetPaymentRequestByID(ctx, orderID).Execute() // want `op read xendit PaymentRequestApi.GetPaymentRequestByID id=orderID$`
	get := c.PaymentRequestApi.GetPaymentRequestByID(ctx, orderID)
	c.PaymentRequestApi.GetPaymentRequestByIDExecute(get)                       // want `op read xendit PaymentRequestApi.GetPaymentRequestByIDExecute id=orderID$`
	c.RefundApi.CreateRefund(ctx).CreateRefund(refund.CreateRefund{}).Execute() // want `op write xendit RefundApi.CreateRefund$`
}

// A builder handed in may carry a key.
func handedIn(r paymentrequest.ApiCreatePaymentRequestRequest) { // want `wrapper handedIn write\|create xendit PaymentRequestApi.CreatePaymentRequest keyparam=0`
	r.Execute() // want `op write\|create xendit PaymentRequestApi.CreatePaymentRequest key=IdempotencyKey keyparam=0 value=\?$`
}
