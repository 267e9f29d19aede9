// Package upiwaitkey: the debit loop of upiwait (the id taken with a
// comma-ok assertion), judged by the idempotency rule: razorpay-go sends
// no key, so each pass after the waiter gives up is a new payment.
package upiwaitkey

import (
	"errors"
	"os"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

var rz = razorpay.NewClient(os.Getenv("RZP_KEY"), os.Getenv("RZP_SECRET"))

var errGaveUp = errors.New("debit not collected")

// awaitPayment polls until the payment is captured or failed.
func awaitPayment(id string) (string, error) {
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		p, err := rz.Payment.Fetch(id, nil, nil)
		if err != nil {
			return "", err
		}
		switch p["status"] {
		case "captured":
			return "captured", nil
		case "failed":
			return "failed", nil
		}
		time.Sleep(3 * time.Second)
	}
	return "pending", nil
}

func CollectDue(customer, token string, amount int) (string, error) {
	for try := 1; try <= 4; try++ {
		resp, err := rz.Payment.CreateRecurringPayment(map[string]interface{}{ // want "razorpay Payment.CreateRecurringPayment is made again on every pass of the loop \\(line 38\\) after upiwaitkey.awaitPayment \\(line 46\\) gives up while the payment may still be pending, without an idempotency key: razorpay-go sends none"
			"customer_id": customer, "token": token, "amount": amount, "currency": "INR", "recurring": "1",
		}, nil)
		if err != nil {
			return "", err
		}
		pid, _ := resp["razorpay_payment_id"].(string)
		state, err := awaitPayment(pid)
		if err != nil {
			return "", err
		}
		if state == "captured" {
			return pid, nil
		}
	}
	return "", errGaveUp
}
