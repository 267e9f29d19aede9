// Package razorpay: a new razorpay payment created while polling the old one.
package razorpay

import (
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

// A new payment when the old one takes too long.
func recreate(rp *razorpay.Client, id string, data map[string]interface{}) {
	for i := 0; i < 60; i++ {
		p, err := rp.Payment.Fetch(id, nil, nil)
		if err == nil && (p["status"] == "captured" || p["status"] == "failed") {
			return
		}
		if i == 30 {
			_, _ = rp.Payment.CreateRecurringPayment(data, nil) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(rp *razorpay.Client, id string, data map[string]interface{}) {
	_, _ = rp.Payment.CreateRecurringPayment(data, nil)
	for i := 0; i < 60; i++ {
		p, err := rp.Payment.Fetch(id, nil, nil)
		if err == nil && (p["status"] == "captured" || p["status"] == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
