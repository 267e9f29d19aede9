// Package midtrans: poll loops over a midtrans payment's status read.
package midtrans

import (
	"time"

	"github.com/midtrans/midtrans-go/coreapi"
)

// No bound: a payment stuck pending is polled forever.
func forever(c coreapi.Client, id string) {
	for { // want `loop polling payment id has no bound`
		st, err := c.CheckTransaction(id)
		if err == nil && (st.TransactionStatus == "settlement" || st.TransactionStatus == "deny") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(c coreapi.Client, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		st, err := c.CheckTransaction(id)
		if err == nil && st.TransactionStatus == "settlement" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(c coreapi.Client, id string) {
	for i := 0; i < 60; i++ {
		st, err := c.CheckTransaction(id)
		if err == nil && (st.TransactionStatus == "settlement" || st.TransactionStatus == "deny") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
