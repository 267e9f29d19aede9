// Package upiwait: a UPI AutoPay debit created on each pass of a loop
// that waits for it through a function of the package, which answers
// "pending" when its own deadline passes; the pass then goes round and
// debits again while the first may still be captured. The new
// payment's id is an entry of the SDK's map answer.
package upiwait

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
		resp, err := rz.Payment.CreateRecurringPayment(map[string]interface{}{ // want "payment razorpay Payment.CreateRecurringPayment made again on every pass of the loop \\(line 40\\) after upiwait.awaitPayment \\(line 48\\) stops waiting"
			"customer_id": customer, "token": token, "amount": amount, "currency": "INR", "recurring": "1",
		}, nil)
		if err != nil {
			return "", err
		}
		pid := resp["razorpay_payment_id"].(string)
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
