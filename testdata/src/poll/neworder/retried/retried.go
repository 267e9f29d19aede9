// Package retried: a Razorpay order create retried on a transport error
// charges nobody twice (an order is no payment): no idempotency finding.
package retried

import (
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

func Open(rp *razorpay.Client, amount int64, receipt string) (string, error) {
	var last error
	for i := 0; i < 3; i++ {
		o, err := rp.Order.Create(map[string]interface{}{"amount": amount, "currency": "INR", "receipt": receipt}, nil)
		if err == nil {
			id, _ := o["id"].(string)
			return id, nil
		}
		last = err
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return "", last
}
