// Package vouchers follows Midtrans transfer vouchers (virtual accounts) by order id
// at cadences declared in another package, renewing the voucher when the
// window ran out.
package vouchers

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"

	"pollinterval/c15p/cadence"
)

var errEnded = errors.New("voucher ended unpaid")

type desk struct {
	mt coreapi.Client
}

func (d desk) issue(orderID string, amount int64) error {
	_, merr := d.mt.ChargeTransaction(&coreapi.ChargeReq{
		PaymentType:        coreapi.PaymentTypeBankTransfer,
		TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: amount},
	})
	if merr != nil {
		return merr
	}
	return nil
}

// --- flagged ---

// follow waits cadence.VoucherEvery (1s) between reads.
func (d desk) follow(ctx context.Context, order string, amount int64) error {
	orderID := order
	until := time.Now().Add(cadence.VoucherWindow)
	for n := 1; ; n++ {
		st, merr := d.mt.CheckTransaction(orderID)
		if merr != nil {
			return merr
		}
		switch st.TransactionStatus {
		case "settlement":
			return nil
		case "cancel", "expire", "deny", "failure":
			return errEnded
		}
		if time.Now().After(until) {
			orderID = fmt.Sprintf("%s-r%d", order, n)
			if err := d.issue(orderID, amount); err != nil {
				return err
			}
			until = time.Now().Add(cadence.VoucherWindow)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(cadence.VoucherEvery): // want `payment status polled every 1s`
		}
	}
}

// --- silent ---

// followRelaxed waits cadence.RelaxedEvery (5s) between reads.
func (d desk) followRelaxed(ctx context.Context, orderID string) error {
	t := time.NewTicker(cadence.RelaxedEvery)
	defer t.Stop()
	for {
		st, merr := d.mt.CheckTransaction(orderID)
		if merr != nil {
			return merr
		}
		switch st.TransactionStatus {
		case "settlement":
			return nil
		case "cancel", "expire", "deny", "failure":
			return errEnded
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
