// Package razorpay: polls of a Razorpay payment's status.
package razorpay

import (
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

func fastPoll(rp *razorpay.Client, id string) {
	for i := 0; i < 100; i++ {
		p, err := rp.Payment.Fetch(id, nil, nil)
		if err == nil && p["status"] == "captured" {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(rp *razorpay.Client, id string) {
	for i := 0; i < 100; i++ {
		p, err := rp.Payment.Fetch(id, nil, nil)
		if err == nil && p["status"] == "captured" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
