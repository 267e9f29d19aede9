// Package autopay retries mandate debits and refunds of a UPI gateway
// whose bodies travel base64-encoded in a JSON envelope. A stable
// merchantTransactionId inside the envelope is the key the gateway
// dedupes on: a retry is the same debit. One made from the clock on
// every attempt is a new debit each time.
package autopay

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type PG struct {
	Base string
	HC   *http.Client
}

func (g *PG) send(ctx context.Context, path string, payload any) (*http.Response, error) {
	raw, _ := json.Marshal(payload)
	env, _ := json.Marshal(map[string]string{"request": base64.StdEncoding.EncodeToString(raw)})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+path, bytes.NewReader(env))
	if err != nil {
		return nil, err
	}
	return g.HC.Do(req)
}

type debit struct {
	MerchantTransactionID string `json:"merchantTransactionId"`
	SubscriptionID        string `json:"subscriptionId"`
	Amount                int64  `json:"amount"`
}

// Renew debits the month's fee with one transaction id for every try.
func (g *PG) Renew(ctx context.Context, sub string, month string, paise int64) error {
	d := debit{MerchantTransactionID: sub + "-" + month, SubscriptionID: sub, Amount: paise}
	for try := 0; try < 3; try++ {
		res, err := g.send(ctx, "/subscriptions/v2/debit/execute", d)
		if err == nil {
			res.Body.Close()
			if res.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("renew %s: gave up", sub)
}

// RenewFresh makes a new transaction id on every try.
func (g *PG) RenewFresh(ctx context.Context, sub string, paise int64) error {
	for try := 0; try < 3; try++ {
		d := debit{MerchantTransactionID: fmt.Sprintf("%s-%d", sub, time.Now().UnixNano()), SubscriptionID: sub, Amount: paise}
		res, err := g.send(ctx, "/subscriptions/v2/debit/execute", d) // want `POST /subscriptions/v2/debit/execute is retried by a for loop \(line 57\) with an idempotency key made anew on every attempt`
		if err == nil {
			res.Body.Close()
			if res.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("renew %s: gave up", sub)
}

// Payback refunds with one refund transaction id for every try.
func (g *PG) Payback(ctx context.Context, orderID, original string, paise int64) error {
	body := map[string]any{"merchantTransactionId": "rf-" + orderID, "originalTransactionId": original, "amount": paise}
	for try := 0; try < 3; try++ {
		res, err := g.send(ctx, "/pg/v1/refund", body)
		if err == nil {
			res.Body.Close()
			if res.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("refund %s: gave up", orderID)
}
