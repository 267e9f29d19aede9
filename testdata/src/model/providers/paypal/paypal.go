// Package paypal: what the payment model knows of plutov/paypal.
package paypal

import (
	"context"

	"github.com/google/uuid"
	"github.com/plutov/paypal/v4"
)

func checkout(ctx context.Context, c *paypal.Client, units []paypal.PurchaseUnitRequest, cartID string) { // want `wrapper checkout write\|create\|read paypal Client.CreateOrder`
	c.CreateOrder(ctx, paypal.OrderIntentCapture, units, nil, nil)                                    // want `op write\|create paypal Client.CreateOrder$`
	c.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units, nil, nil, "cart-"+cartID) // want `op write\|create paypal Client.CreateOrderWithPaypalRequestID key=PayPal-Request-Id keyparam=3$`
	c.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units, nil, nil, "")             // want `op write\|create paypal Client.CreateOrderWithPaypalRequestID$`
	o, _ := c.GetOrder(ctx, cartID)                                                                   // want `op read paypal Client.GetOrder id=cartID$`
	c.CaptureOrder(ctx, o.ID, paypal.CaptureOrderRequest{})                                           // want `op write paypal Client.CaptureOrder id=o.ID$`
	c.CaptureOrderWithPaypalRequestId(ctx, o.ID, paypal.CaptureOrderRequest{}, uuid.NewString(), nil) // want `op write paypal Client.CaptureOrderWithPaypalRequestId key=PayPal-Request-Id fresh=1 id=o.ID$`
	c.RefundCaptureWithPaypalRequestId(ctx, "cap", paypal.RefundCaptureRequest{}, "refund-"+cartID)   // want `op write paypal Client.RefundCaptureWithPaypalRequestId key=PayPal-Request-Id keyparam=3 id="cap"$`
	c.CaptureAuthorization(ctx, "auth", &paypal.PaymentCaptureRequest{})                              // want `op write paypal Client.CaptureAuthorization id="auth"$`
}
