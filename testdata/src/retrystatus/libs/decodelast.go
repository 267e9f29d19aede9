package libs

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"time"

	retrygo4 "github.com/avast/retry-go/v4"
	backoff4 "github.com/cenkalti/backoff/v4"
)

// An operation that ends by decoding the accepted answer: the decode's
// error says the body was malformed, not which status came back, so the
// statuses are judged by the test before it.

type mandateCharge struct {
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
}

// Every refusal comes back as a plain error, then the 2xx body is
// decoded: 400/404/422 go round again.
func chargeMandateDecoded(ctx context.Context, c *http.Client, mc mandateCharge) (*mandateCharge, error) {
	body, _ := json.Marshal(mc)
	var out mandateCharge
	op := func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "mc-"+mc.ID)
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode >= 300 { // want `POST /v1/charges is retried by backoff.Retry \(line \d+\): every non-2xx status is retried`
			return fmt.Errorf("mandate charge: %d", resp.StatusCode)
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	}
	err := backoff4.Retry(op, backoff4.WithContext(backoff4.NewExponentialBackOff(), ctx))
	return &out, err
}

// Look-alike: refusals are permanent; only 429 and 5xx go round, the
// accepted body decoded last (xml here).
func chargeMandatePermanent(ctx context.Context, c *http.Client, mc mandateCharge) (*mandateCharge, error) {
	var out mandateCharge
	err := retrygo4.Do(func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", nil)
		req.Header.Set("Idempotency-Key", "mc-"+mc.ID)
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			return fmt.Errorf("mandate charge: %d", resp.StatusCode)
		}
		if resp.StatusCode >= 300 {
			return retrygo4.Unrecoverable(fmt.Errorf("mandate charge refused: %d", resp.StatusCode))
		}
		return xml.NewDecoder(resp.Body).Decode(&out)
	}, retrygo4.Context(ctx), retrygo4.Delay(time.Second))
	return &out, err
}

// Look-alike: the body is decoded whatever the status: the decode's
// error is not the status's, so nothing is said.
func chargeMandateUnchecked(ctx context.Context, c *http.Client, mc mandateCharge) (*mandateCharge, error) {
	var out mandateCharge
	err := backoff4.Retry(func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", nil)
		req.Header.Set("Idempotency-Key", "mc-"+mc.ID)
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(&out)
	}, backoff4.NewExponentialBackOff())
	return &out, err
}
