// Package retryablehttp: payment writes sent by go-retryablehttp, which
// retries every request on its own.
package retryablehttp

import (
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

const base = "https://api.tally.example/v1"

func chargeNoKey(body []byte) (*http.Response, error) {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 4
	req, err := retryablehttp.NewRequest(http.MethodPost, base+"/payments", body)
	if err != nil {
		return nil, err
	}
	return rc.Do(req) // want `POST /v1/payments is retried by the .* without an idempotency key`
}

// Silent: the client re-sends the same request with its key.
func chargeWithKey(body []byte, key string) (*http.Response, error) {
	rc := retryablehttp.NewClient()
	req, err := retryablehttp.NewRequest(http.MethodPost, base+"/payments", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return rc.Do(req)
}

// Silent: reads are safe to retry.
func readPayment(id string) (*http.Response, error) {
	return retryablehttp.NewClient().Get(base + "/payments/" + id)
}
