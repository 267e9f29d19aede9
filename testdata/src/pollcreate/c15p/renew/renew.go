// Package renew follows a bank-transfer charge by the reference the
// merchant chose for it, and renews the reference (a new charge, a new
// account number) when the payer's window ran out: the first charge is
// still pending and payable, so the payer can pay both.
package renew

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

type gateway struct {
	hc   *http.Client
	base string
}

type charge struct {
	Reference string `json:"reference"`
	State     string `json:"state"`
}

func (g *gateway) do(req *http.Request, out any) error {
	resp, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// open creates a transfer charge under the merchant's reference.
func (g *gateway) open(ctx context.Context, ref string, cents int64) error {
	body := fmt.Sprintf(`{"reference":%q,"amount":%d}`, ref, cents)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v2/charges", strings.NewReader(body))
	if err != nil {
		return err
	}
	var out charge
	return g.do(req, &out)
}

func (g *gateway) state(ctx context.Context, ref string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v2/charges/"+ref, nil)
	if err != nil {
		return "", err
	}
	var out charge
	if err := g.do(req, &out); err != nil {
		return "", err
	}
	return out.State, nil
}

var errEnded = errors.New("charge ended unpaid")

// --- flagged ---

// collect renews the reference when the window ran out, the charge still
// pending.
func (g *gateway) collect(ctx context.Context, invoice string, cents int64) (string, error) {
	ref := invoice + "-0"
	if err := g.open(ctx, ref, cents); err != nil {
		return "", err
	}
	window := time.Now().Add(30 * time.Minute)
	for n := 1; ; {
		st, err := g.state(ctx, ref)
		if err != nil {
			return "", err
		}
		switch st {
		case "paid":
			return ref, nil
		case "expired", "failed", "canceled":
			return "", errEnded
		}
		if time.Now().After(window) {
			ref = fmt.Sprintf("%s-%d", invoice, n)
			n++
			if err := g.open(ctx, ref, cents); err != nil { // want `new payment created inside the loop that polls payment ref`
				return "", err
			}
			window = time.Now().Add(30 * time.Minute)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// topUp polls Midtrans by order id on a ticker and charges a new order
// id after forty reads that found the transfer pending.
func topUp(ctx context.Context, wallet string, amount int64) error {
	orderID := "topup-" + wallet
	if _, merr := coreapi.ChargeTransaction(&coreapi.ChargeReq{
		PaymentType:        coreapi.PaymentTypeBankTransfer,
		TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: amount},
	}); merr != nil {
		return merr
	}
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	reads := 0
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		st, merr := coreapi.CheckTransaction(orderID)
		if merr != nil {
			return merr
		}
		switch st.TransactionStatus {
		case "settlement":
			return nil
		case "cancel", "expire", "deny", "failure":
			return errEnded
		}
		reads++
		if reads == 40 {
			reads = 0
			orderID = fmt.Sprintf("topup-%s-%d", wallet, time.Now().Unix())
			req := &coreapi.ChargeReq{
				PaymentType:        coreapi.PaymentTypeBankTransfer,
				TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: amount},
			}
			if _, merr := coreapi.ChargeTransaction(req); merr != nil { // want `new payment created inside the loop that polls payment orderID`
				return merr
			}
		}
	}
}

// --- silent ---

// collectAfterExpiry renews the reference only once the charge expired:
// a new charge after a terminal failure.
func (g *gateway) collectAfterExpiry(ctx context.Context, invoice string, cents int64) (string, error) {
	ref := invoice + "-0"
	if err := g.open(ctx, ref, cents); err != nil {
		return "", err
	}
	for n := 1; n < 4; {
		st, err := g.state(ctx, ref)
		if err != nil {
			return "", err
		}
		switch st {
		case "paid":
			return ref, nil
		case "expired":
			ref = fmt.Sprintf("%s-%d", invoice, n)
			n++
			if err := g.open(ctx, ref, cents); err != nil {
				return "", err
			}
		case "failed", "canceled":
			return "", errEnded
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
	return "", errEnded
}

// sweep reads the next pending reference each round and opens nothing.
func (g *gateway) sweep(ctx context.Context, refs []string) (int, error) {
	paid := 0
	ref := ""
	for i := 0; i < len(refs); i++ {
		ref = refs[i]
		st, err := g.state(ctx, ref)
		if err != nil {
			return paid, err
		}
		if st == "paid" {
			paid++
		}
		time.Sleep(3 * time.Second)
	}
	return paid, nil
}
