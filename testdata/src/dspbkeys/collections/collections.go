// Package collections: a mobile-money aggregator's "POST
// /v1/collections" with an amount (a request to pay pulled from the
// payer's wallet) is a payment write even when the package never refunds
// a collection: retried with no key, it can pull twice.
package collections

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type MoMo struct {
	api string
	hc  *http.Client
}

type requestToPay struct {
	MSISDN      string `json:"msisdn"`
	AmountMinor int64  `json:"amountMinor"`
	Currency    string `json:"currency"`
}

func (m *MoMo) body(msisdn string, minor int64) []byte {
	raw, _ := json.Marshal(requestToPay{MSISDN: msisdn, AmountMinor: minor, Currency: "KES"})
	return raw
}

// Collect: the amount is set in the body helper; the loop sends the
// request to pay again after any error, with no key.
func (m *MoMo) Collect(ctx context.Context, msisdn string, minor int64) error {
	for i := 0; i < 3; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.api+"/v1/collections", bytes.NewReader(m.body(msisdn, minor)))
		if err != nil {
			return err
		}
		resp, err := m.hc.Do(req) // want `POST /v1/collections is retried by a for loop \(line 35\) without an idempotency key`
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("collect: gave up")
}
