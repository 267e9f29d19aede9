package gateways

import (
	"context"
	"fmt"
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"

	"audit15/insurance/policy"
)

// Midtrans collects premiums from Indonesian policyholders by bank
// transfer to a virtual account.
type Midtrans struct {
	c            coreapi.Client
	every        time.Duration
	reissueAfter int
}

func NewMidtrans(c coreapi.Client, every time.Duration) *Midtrans {
	return &Midtrans{c: c, every: every, reissueAfter: 48}
}

func vaCharge(orderID string, amount int64) *coreapi.ChargeReq {
	return &coreapi.ChargeReq{
		PaymentType:        coreapi.PaymentTypeBankTransfer,
		TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: amount},
	}
}

// Status reads a transaction by order id.
func (g *Midtrans) Status(orderID string) (string, error) {
	st, merr := g.c.CheckTransaction(orderID)
	if merr != nil {
		return "", merr
	}
	return st.TransactionStatus, nil
}

// CollectVA issues a virtual account for the premium and waits for the
// transfer.
func (g *Midtrans) CollectVA(ctx context.Context, pr policy.Premium) (string, error) {
	orderID := "prem-" + pr.ID
	if _, merr := g.c.ChargeTransaction(vaCharge(orderID, pr.AmountMinor)); merr != nil {
		return "", merr
	}
	for i := 1; ; i++ {
		select {
		case <-ctx.Done():
			return orderID, ctx.Err()
		case <-time.After(g.every):
		}
		st, merr := g.c.CheckTransaction(orderID)
		if merr != nil {
			continue
		}
		switch st.TransactionStatus {
		case "settlement":
			return orderID, nil
		case "cancel", "expire", "failure":
			return orderID, fmt.Errorf("midtrans %s: %s", orderID, st.TransactionStatus)
		}
		if i%g.reissueAfter == 0 {
			// VA numbers are only shown once in the app; give the holder a fresh one.
			orderID = fmt.Sprintf("prem-%s-%d", pr.ID, i/g.reissueAfter)
			if _, merr := g.c.ChargeTransaction(vaCharge(orderID, pr.AmountMinor)); merr != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment orderID"
				return "", merr
			}
		}
	}
}

// RenewExpired waits on a VA and, once Midtrans expires it unpaid, issues
// the next one. It returns the order id that is live when it returns.
func (g *Midtrans) RenewExpired(ctx context.Context, pr policy.Premium, orderID string, renewals int) (string, error) {
	for n := 0; n <= renewals; {
		select {
		case <-ctx.Done():
			return orderID, ctx.Err()
		case <-time.After(g.every):
		}
		st, merr := g.c.CheckTransaction(orderID)
		if merr != nil {
			return orderID, merr
		}
		switch st.TransactionStatus {
		case "settlement":
			return orderID, nil
		case "expire":
			n++
			orderID = fmt.Sprintf("prem-%s-e%d", pr.ID, n)
			if _, merr := g.c.ChargeTransaction(vaCharge(orderID, pr.AmountMinor)); merr != nil {
				return orderID, merr
			}
		case "cancel", "failure":
			return orderID, fmt.Errorf("midtrans %s: %s", orderID, st.TransactionStatus)
		}
	}
	return orderID, nil
}
