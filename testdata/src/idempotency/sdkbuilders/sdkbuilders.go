// Package sdkbuilders: SDK requests made by small builder functions of
// the package. The key sits at a field path of the request the builder
// returns (Midtrans: TransactionDetails.OrderID, RefundKey); where the
// builder takes it from a parameter, the caller's argument is the key.
package sdkbuilders

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

type booking struct {
	Ref   string
	Total int64
}

func chargeFor(b booking, orderID string) *coreapi.ChargeReq {
	return &coreapi.ChargeReq{
		PaymentType:        coreapi.PaymentTypeBankTransfer,
		TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: b.Total},
	}
}

// refundFor keys the refund on the booking: the same on every call.
func refundFor(b booking, amount int64) *coreapi.RefundReq {
	return &coreapi.RefundReq{RefundKey: "rf-" + b.Ref, Amount: amount}
}

// freshCharge stamps its own order id: a new one on every call.
func freshCharge(b booking) *coreapi.ChargeReq {
	return &coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: b.Ref + "-" + uuid.NewString(), GrossAmt: b.Total}}
}

// --- flagged ---

// The order id handed to the builder is stamped per attempt.
func payPerAttempt(c coreapi.Client, b booking) error {
	for try := 1; try <= 3; try++ {
		oid := fmt.Sprintf("%s-%d", b.Ref, time.Now().UnixNano())
		if _, err := c.ChargeTransaction(chargeFor(b, oid)); err == nil { // want `midtrans Client.ChargeTransaction is retried by a for loop \(line 43\) with an idempotency key made anew on every attempt \(time.Now\(\)`
			return nil
		}
		time.Sleep(time.Duration(try) * time.Second)
	}
	return errors.New("charge: gave up")
}

// The builder itself makes a new order id on every call.
func payFreshBuilder(c coreapi.Client, b booking) error {
	for try := 1; try <= 3; try++ {
		if _, err := c.ChargeTransaction(freshCharge(b)); err == nil { // want `midtrans Client.ChargeTransaction is retried by a for loop \(line 55\) but freshCharge makes a new idempotency key on every call`
			return nil
		}
		time.Sleep(time.Duration(try) * time.Second)
	}
	return errors.New("charge: gave up")
}

// --- silent ---

// The order id is the booking's, made once.
func payStable(c coreapi.Client, b booking) error {
	oid := "bk-" + b.Ref
	for try := 1; try <= 3; try++ {
		if _, err := c.ChargeTransaction(chargeFor(b, oid)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(try) * time.Second)
	}
	return errors.New("charge: gave up")
}

// The builder keys the refund on the booking.
func refundStable(c coreapi.Client, b booking, amount int64) error {
	for try := 1; try <= 3; try++ {
		if _, err := c.RefundTransaction("bk-"+b.Ref, refundFor(b, amount)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(try) * time.Second)
	}
	return errors.New("refund: gave up")
}
