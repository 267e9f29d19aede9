// Package midtrans: polls of a Midtrans transaction's status.
package midtrans

import (
	"time"

	"github.com/midtrans/midtrans-go/coreapi"
)

func fastPoll(c coreapi.Client, orderID string) {
	for i := 0; i < 100; i++ {
		st, err := c.CheckTransaction(orderID)
		if err == nil && st.TransactionStatus == "settlement" {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(orderID string) {
	for i := 0; i < 100; i++ {
		st, err := coreapi.CheckTransaction(orderID)
		if err == nil && st.TransactionStatus == "settlement" {
			return
		}
		time.Sleep(3 * time.Second)
	}
}
