// Package razorpay: application retries around razorpay-go, which sends
// no idempotency key: a replay is safe only after reading the payment's
// current state.
package razorpay

import (
	"errors"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

// --- flagged ---

func refundWithRetry(rp *razorpay.Client, paymentID string, amount int) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = rp.Payment.Refund(paymentID, amount, nil, nil); err == nil { // want `razorpay Payment.Refund is retried by a for loop \(line 17\) without an idempotency key: razorpay-go sends none, so a retry after a lost response can charge twice; before replaying, read the payment's current state from the provider`
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

func recurringWithRetry(rp *razorpay.Client, data map[string]interface{}) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = rp.Payment.CreateRecurringPayment(data, nil); err == nil { // want `razorpay Payment.CreateRecurringPayment is retried by a for loop \(line 28\) without an idempotency key: razorpay-go sends none`
			return nil
		}
	}
	return err
}

// --- silent ---

// Reads the order's payments and replays only when none was captured.
func recurringAfterReadingState(rp *razorpay.Client, orderID string, data map[string]interface{}) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			pays, ferr := rp.Order.Payments(orderID, nil, nil)
			if ferr == nil && pays["count"] != float64(0) {
				return nil
			}
		}
		if _, err = rp.Payment.CreateRecurringPayment(data, nil); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// A key header the caller sets is a key.
func stableKeyHeader(rp *razorpay.Client, paymentID string, amount int) error {
	headers := map[string]string{"X-Razorpay-Idempotency": "refund-" + paymentID}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = rp.Payment.Refund(paymentID, amount, nil, headers); err == nil {
			return nil
		}
	}
	return err
}

func singleCall(rp *razorpay.Client, paymentID string) error {
	_, err := rp.Payment.Capture(paymentID, 100, nil, nil)
	return err
}

func retriedFetch(rp *razorpay.Client, paymentID string) (map[string]interface{}, error) {
	for i := 0; i < 5; i++ {
		if p, err := rp.Payment.Fetch(paymentID, nil, nil); err == nil {
			return p, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("gave up")
}
