// Package checkout: what the payment model knows of checkout-sdk-go.
package checkout

import (
	"context"

	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/google/uuid"
)

func pay(ctx context.Context, c *nas.Client, orderID string) { // want `wrapper pay write\|create\|read checkout-sdk Payments.RequestPayment`
	req := nas.PaymentRequest{Amount: 100, Reference: orderID}
	c.RequestPayment(req, nil) // want `op write\|create checkout-sdk Payments.RequestPayment$`
	key := "pay-" + orderID
	c.RequestPaymentWithContext(ctx, req, &key) // want `op write\|create checkout-sdk Payments.RequestPaymentWithContext key=Cko-Idempotency-Key keyparam=2$`
	fresh := uuid.NewString()
	c.CapturePayment("pay_1", nas.CaptureRequest{}, &fresh)                  // want `op write checkout-sdk Payments.CapturePayment key=Cko-Idempotency-Key fresh=1 id="pay_1"$`
	c.RefundPaymentWithContext(ctx, orderID, &payments.RefundRequest{}, nil) // want `op write checkout-sdk Payments.RefundPaymentWithContext id=orderID$`
	c.GetPaymentDetails(orderID)                                             // want `op read checkout-sdk Payments.GetPaymentDetails id=orderID$`
	c.GetPaymentDetailsWithContext(ctx, orderID)                             // want `op read checkout-sdk Payments.GetPaymentDetailsWithContext id=orderID$`
}
