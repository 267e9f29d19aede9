// Package midtrans: application retries around midtrans-go: Midtrans
// refuses a second charge with an order id it has seen.
package midtrans

import (
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

// --- flagged ---

// A new order id per attempt: each attempt is a new payment.
func orderIDPerAttempt(c coreapi.Client, amount int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		req := &coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: uuid.NewString(), GrossAmt: amount}}
		if _, err := c.ChargeTransaction(req); err == nil { // want `midtrans Client.ChargeTransaction is retried by a for loop \(line 18\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func refundKeyPerAttempt(c coreapi.Client, orderID string) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := c.RefundTransaction(orderID, &coreapi.RefundReq{RefundKey: uuid.NewString(), Amount: 10}); err == nil { // want `midtrans Client.RefundTransaction is retried by a for loop \(line 29\) with an idempotency key made anew on every attempt`
			return nil
		}
	}
	return errors.New("gave up")
}

func refundWithoutKey(c coreapi.Client, orderID string) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := c.RefundTransaction(orderID, &coreapi.RefundReq{Amount: 10}); err == nil { // want `midtrans Client.RefundTransaction is retried by a for loop \(line 38\) without an idempotency key: a retry after a lost response can charge twice; keep one transaction_details.order_id \(for a refund, one refund_key\) for every attempt`
			return nil
		}
	}
	return errors.New("gave up")
}

// --- silent ---

func sameOrderID(c coreapi.Client, orderID string, amount int64) error {
	req := &coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: amount}}
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := c.ChargeTransaction(req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func randomOrderIDOnce(amount int64) error {
	id := uuid.NewString()
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: id, GrossAmt: amount}}); err == nil {
			return nil
		}
	}
	return errors.New("gave up")
}

func singleCall(c coreapi.Client, amount int64) error {
	_, err := c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: uuid.NewString(), GrossAmt: amount}})
	if err != nil {
		return err
	}
	return nil
}
