// Package f12keyfunc: a refund client holding its request-id maker in a
// func-typed field (swapped in tests). When every value the package gives
// the field makes a fresh id, calling it inside the retry makes a new key
// per attempt. A key made once before the loop, a field a caller may set
// (exported, or from a constructor parameter) stay silent.
package f12keyfunc

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
)

func requestID() string { return "rf_" + uuid.New().String() }

type Refunder struct {
	hc    *http.Client
	base  string
	reqID func() string
}

func NewRefunder(base string) *Refunder {
	r := &Refunder{hc: http.DefaultClient, base: base}
	r.reqID = requestID
	return r
}

// Refund: the id is asked for again on every pass of the loop.
func (r *Refunder) Refund(ctx context.Context, paymentID string, cents int64) error {
	form := fmt.Sprintf("payment=%s&amount=%d", paymentID, cents)
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/refunds", strings.NewReader(form))
		req.Header.Set("Idempotency-Key", r.reqID())
		resp, err := r.hc.Do(req) // want `idempotency key made anew on every attempt`
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second << attempt)
	}
	return fmt.Errorf("refund %s: gave up", paymentID)
}

// RefundOnce: the id is made once and every attempt sends it.
func (r *Refunder) RefundOnce(ctx context.Context, paymentID string, cents int64) error {
	form := fmt.Sprintf("payment=%s&amount=%d", paymentID, cents)
	id := r.reqID()
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/refunds", strings.NewReader(form))
		req.Header.Set("Idempotency-Key", id)
		resp, err := r.hc.Do(req)
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second << attempt)
	}
	return fmt.Errorf("refund %s: gave up", paymentID)
}

// ---- look-alikes: a maker the package does not choose alone ----

// Voider: the maker comes from the caller (it may return the same key on
// every call: a key derived from the order).
type Voider struct {
	hc   *http.Client
	base string
	key  func() string
}

func NewVoider(base string, key func() string) *Voider {
	return &Voider{hc: http.DefaultClient, base: base, key: key}
}

func (v *Voider) Void(ctx context.Context, paymentID string) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, v.base+"/v1/payments/"+paymentID+"/void", nil)
		req.Header.Set("Idempotency-Key", v.key())
		resp, err := v.hc.Do(req)
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("void %s: gave up", paymentID)
}

// Capturer: an exported maker another package may set.
type Capturer struct {
	HC    *http.Client
	Base  string
	KeyFn func() string
}

func NewCapturer(base string) *Capturer {
	return &Capturer{HC: http.DefaultClient, Base: base, KeyFn: uuid.NewString}
}

func (c *Capturer) Capture(ctx context.Context, paymentID string) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments/"+paymentID+"/capture", nil)
		req.Header.Set("Idempotency-Key", c.KeyFn())
		resp, err := c.HC.Do(req)
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("capture %s: gave up", paymentID)
}
