package remit

import (
	"context"
	"net/http"
	"strings"
)

// Keyed is a client of an API that keys its writes with Idempotency-Key:
// a Request-Reference there is the merchant's note on the transfer.
type Keyed struct {
	hc   *http.Client
	base string
}

func (k *Keyed) Pay(ctx context.Context, key, body string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.base+"/v1/payments", strings.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := k.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Reported: this API dedupes on Idempotency-Key, not on the reference.
func (k *Keyed) Refund(ctx context.Context, ref, body string) error {
	for try := 0; try < 3; try++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.base+"/v1/refunds", strings.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set(refHeader, ref)
		resp, err := k.hc.Do(req) // want `POST /v1/refunds is retried by a for loop \(line 31\) without an idempotency key`
		if err == nil && resp.StatusCode < 300 {
			return resp.Body.Close()
		}
	}
	return nil
}
