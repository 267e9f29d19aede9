// Package razorpay: poll loops over a razorpay payment's status read.
package razorpay

import (
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

// No bound: a payment stuck pending is polled forever.
func forever(rp *razorpay.Client, id string) {
	for { // want `loop polling payment id has no bound`
		p, err := rp.Payment.Fetch(id, nil, nil)
		if err == nil && (p["status"] == "captured" || p["status"] == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(rp *razorpay.Client, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		p, err := rp.Payment.Fetch(id, nil, nil)
		if err == nil && p["status"] == "captured" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(rp *razorpay.Client, id string) {
	for i := 0; i < 60; i++ {
		p, err := rp.Payment.Fetch(id, nil, nil)
		if err == nil && (p["status"] == "captured" || p["status"] == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
