// Package getonly: a retrying dispatcher that stamps a new key on every
// request, but whose callers only read: a re-sent GET changes nothing.
package getonly

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Reader struct {
	base string
	hc   *http.Client
}

func (r *Reader) do(ctx context.Context, method, path string, out any) error {
	return backoff.Retry(func() error {
		req, err := http.NewRequestWithContext(ctx, method, r.base+path, nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := r.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(out)
	}, backoff.NewExponentialBackOff())
}

func (r *Reader) Payment(ctx context.Context, id string) (*Payment, error) {
	var p Payment
	err := r.do(ctx, http.MethodGet, "/v1/payments/"+id, &p)
	return &p, err
}

func (r *Reader) Refunds(ctx context.Context, id string) ([]Payment, error) {
	var ps []Payment
	err := r.do(ctx, http.MethodGet, "/v1/payments/"+id+"/refunds", &ps)
	return ps, err
}
