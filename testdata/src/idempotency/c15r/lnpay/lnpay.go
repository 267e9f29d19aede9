// Package lnpay: paying a Lightning invoice over lnd REST again after a
// failure carries no Idempotency-Key header, but the invoice is the key:
// lnd refuses to pay a payment hash already paid or in flight. Silent.
package lnpay

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// payOnce sends the same payment_request on every attempt.
func payOnce(hc *http.Client, base, invoice string) error {
	body, _ := json.Marshal(map[string]any{"payment_request": invoice, "fee_limit": map[string]any{"fixed": 10}})
	var err error
	for i := 0; i < 3; i++ {
		var resp *http.Response
		resp, err = hc.Post(base+"/v1/channels/transactions", "application/json", bytes.NewReader(body))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// payRetrying lets a retrying client send the same invoice again.
func payRetrying(base, invoice string) error {
	rc := retryablehttp.NewClient()
	body, _ := json.Marshal(map[string]string{"payment_request": invoice})
	resp, err := rc.Post(base+"/v1/channels/transactions", "application/json", body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
