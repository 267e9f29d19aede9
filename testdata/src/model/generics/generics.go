// Package generics exercises generic wrappers.
package generics

import (
	"context"
	"net/http"
)

type Repo[T any] struct {
	hc   *http.Client
	base string
}

func (r *Repo[T]) Create(ctx context.Context, v T, key string) error { // want `wrapper Repo.Create write\|create POST /v1/payments keyparam=2$`
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/payments", nil)
	req.Header.Set("Idempotency-Key", key)
	_, err := r.hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key keyparam=2$`
	return err
}

func Get[T any](hc *http.Client, id string) (T, error) { // want `wrapper Get read GET /v1/payments/\{\} idparam=1$`
	var zero T
	_, err := hc.Get("https://api.example.com/v1/payments/" + id) // want `op read GET /v1/payments/\{\} id=id$`
	return zero, err
}

func use(ctx context.Context, hc *http.Client, orderID string) { // want `wrapper use write\|create\|read POST /v1/payments keyparam=2$`
	r := &Repo[int]{hc: hc}
	r.Create(ctx, 1, orderID)      // want `op write\|create generics.Repo.Create \(POST /v1/payments\) key=Idempotency-Key keyparam=2 via=Create$`
	Get[string](hc, orderID)       // want `op read generics.Get \(GET /v1/payments/\{\}\) id=orderID via=Get$`
	Get[[]byte](hc, "pi_"+orderID) // want `op read generics.Get \(GET /v1/payments/\{\}\) id="pi_" \+ orderID via=Get$`
}
