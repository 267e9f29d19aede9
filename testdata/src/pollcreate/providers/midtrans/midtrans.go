// Package midtrans: a new midtrans payment created while polling the old one.
package midtrans

import (
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

// A new payment when the old one takes too long.
func recreate(c coreapi.Client, id string) {
	for i := 0; i < 60; i++ {
		st, err := c.CheckTransaction(id)
		if err == nil && (st.TransactionStatus == "settlement" || st.TransactionStatus == "deny") {
			return
		}
		if i == 30 {
			_, _ = c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: id + "-2", GrossAmt: 100}}) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(c coreapi.Client, id string) {
	_, _ = c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: id + "-2", GrossAmt: 100}})
	for i := 0; i < 60; i++ {
		st, err := c.CheckTransaction(id)
		if err == nil && (st.TransactionStatus == "settlement" || st.TransactionStatus == "deny") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
