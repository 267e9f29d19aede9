package razorpay

import (
	"log"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

// --- silent: the state read back is tested through a value taken from it ---

// The refunded amount is pulled out in the if's own init statement.
func refundAfterInitCheck(rp *razorpay.Client, paymentID string, amount int) error {
	var err error
	for try := 0; try < 3; try++ {
		if try > 0 {
			pay, ferr := rp.Payment.Fetch(paymentID, nil, nil)
			if ferr != nil {
				return ferr
			}
			if done, ok := pay["amount_refunded"].(float64); ok && done >= float64(amount) {
				return nil
			}
		}
		if _, err = rp.Payment.Refund(paymentID, amount, nil, nil); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// The status is copied into a variable first, then switched on.
func refundAfterStatusCopy(rp *razorpay.Client, paymentID string, amount int) error {
	var err error
	for try := 0; try < 3; try++ {
		if try > 0 {
			pay, ferr := rp.Payment.Fetch(paymentID, nil, nil)
			if ferr != nil {
				return ferr
			}
			state, _ := pay["status"].(string)
			switch state {
			case "refunded":
				return nil
			}
		}
		if _, err = rp.Payment.Refund(paymentID, amount, nil, nil); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// --- flagged: read back, but the value taken from it decides nothing ---

func refundAfterLoggingState(rp *razorpay.Client, paymentID string, amount int) error {
	var err error
	for try := 0; try < 3; try++ {
		if try > 0 {
			pay, _ := rp.Payment.Fetch(paymentID, nil, nil)
			state, _ := pay["status"].(string)
			log.Printf("replaying refund of %s in state %s", paymentID, state)
		}
		if _, err = rp.Payment.Refund(paymentID, amount, nil, nil); err == nil { // want `razorpay Payment.Refund is retried by a for loop \(line 60\) without an idempotency key`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}
