// Package pendingerr: the debit loop of upiwait, but the waiter answers
// an error when its deadline passes with the payment still pending: the
// loop leaves, and debits again only after a failed payment. Silent.
package pendingerr

import (
	"errors"
	"os"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

var rz = razorpay.NewClient(os.Getenv("RZP_KEY"), os.Getenv("RZP_SECRET"))

var (
	errGaveUp       = errors.New("debit not collected")
	errStillPending = errors.New("debit still pending")
)

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
	return "", errStillPending
}

func CollectDue(customer, token string, amount int) (string, error) {
	for try := 1; try <= 4; try++ {
		resp, err := rz.Payment.CreateRecurringPayment(map[string]interface{}{
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
