// Package bank: a bank's payment-order API that dedupes an order on a
// header of its own naming, X-Order-Trace or X-Txn-Uid. The caller's
// order reference (a parameter's field named as a reference) under such
// a header on a self-retrying client, or an identifier made once from the
// order id before the loop, is the key (silent). A trace id read from the
// context, the caller's own trace id, and a uuid made once under a trace
// header are tracing, not keys (reported).
package bank

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

const orderTrace = "X-Order-Trace"

type Bank struct {
	rh   *retryablehttp.Client
	hc   *http.Client
	base string
}

func New(base string) *Bank {
	return &Bank{rh: retryablehttp.NewClient(), hc: &http.Client{}, base: base}
}

// Order is the caller's payment order.
type Order struct {
	Reference string
	TraceID   string
	Body      []byte
}

// Look-alike: the retryablehttp client re-sends the request with the
// caller's reference under the bank's trace header.
func (b *Bank) Submit(ctx context.Context, o Order) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/payment-orders", o.Body)
	if err != nil {
		return err
	}
	req.Header.Set(orderTrace, o.Reference)
	resp, err := b.rh.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Look-alike: an identifier made once from the order id, sent under
// X-Txn-Uid on every attempt of the loop.
func (b *Bank) Recall(ctx context.Context, orderID string) error {
	uid := "rc-" + orderID
	for try := 0; try < 3; try++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/payment-orders/"+orderID+"/recalls", nil)
		if err != nil {
			return err
		}
		req.Header.Set("X-Txn-Uid", uid)
		resp, err := b.hc.Do(req)
		if err == nil && resp.StatusCode < 300 {
			return resp.Body.Close()
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("recall of %s failed", orderID)
}

type traceKey struct{}

func traceOf(ctx context.Context) string {
	s, _ := ctx.Value(traceKey{}).(string)
	return s
}

// Reported: the trace of the request being served, from the context.
func (b *Bank) SubmitTraced(ctx context.Context, o Order) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/payment-orders", o.Body)
	if err != nil {
		return err
	}
	req.Header.Set(orderTrace, traceOf(ctx))
	resp, err := b.rh.Do(req) // want `POST /v1/payment-orders is retried by the retryablehttp.Client \(line 29\) without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Reported: the caller's trace id is tracing, not the order's reference.
func (b *Bank) SubmitCallerTrace(ctx context.Context, o Order) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/payment-orders", o.Body)
	if err != nil {
		return err
	}
	req.Header.Set(orderTrace, o.TraceID)
	resp, err := b.rh.Do(req) // want `POST /v1/payment-orders is retried by the retryablehttp.Client \(line 29\) without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Reported: a uuid made per call under a trace header is a tracing id.
func (b *Bank) SubmitSpan(ctx context.Context, o Order) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/payment-orders", o.Body)
	if err != nil {
		return err
	}
	req.Header.Set("X-Trace-Id", uuid.NewString())
	resp, err := b.rh.Do(req) // want `POST /v1/payment-orders is retried by the retryablehttp.Client \(line 29\) without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
