// Package razorpay: what the payment model knows of razorpay-go.
package razorpay

import (
	"github.com/google/uuid"
	razorpay "github.com/razorpay/razorpay-go"
)

func charge(rp *razorpay.Client, paymentID, orderID string) { // want `wrapper charge write\|create\|read razorpay Payment.CreateRecurringPayment`
	rp.Payment.CreateRecurringPayment(map[string]interface{}{"amount": 100}, nil)                         // want `op write\|create razorpay Payment.CreateRecurringPayment$`
	rp.Payment.Capture(paymentID, 100, nil, nil)                                                          // want `op write razorpay Payment.Capture id=paymentID$`
	rp.Payment.Refund(paymentID, 100, nil, map[string]string{"X-Razorpay-Idempotency": uuid.NewString()}) // want `op write razorpay Payment.Refund key=X-Razorpay-Idempotency fresh=1 id=paymentID$`
	rp.Refund.Create(map[string]interface{}{"payment_id": paymentID}, map[string]string{"X-Trace": "t"})  // want `op write razorpay Refund.Create$`
	rp.Payment.Fetch(paymentID, nil, nil)                                                                 // want `op read razorpay Payment.Fetch id=paymentID$`
	rp.Order.Fetch(orderID, nil, nil)                                                                     // want `op read razorpay Order.Fetch id=orderID$`
	rp.Order.Payments(orderID, nil, nil)                                                                  // want `op read razorpay Order.Payments id=orderID$`
	rp.Order.Create(map[string]interface{}{"amount": 100}, nil)                                           // want `op create razorpay Order.Create$`
}
