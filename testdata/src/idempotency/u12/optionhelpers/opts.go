// Package optionhelpers: GoCardless writes whose request options come
// from a helper of the package returning them. A helper that makes the
// key (uuid, the clock) gives every attempt a new key; one that builds it
// from its parameter, or is handed a key made once, keeps it.
package optionhelpers

import (
	"context"
	"fmt"
	"time"

	"github.com/avast/retry-go/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/google/uuid"
)

type Refunder struct {
	gc *gocardless.Service
}

// --- flagged ---

func freshOpts() []gocardless.RequestOption {
	return []gocardless.RequestOption{gocardless.WithIdempotencyKey(uuid.NewString())}
}

// RefundFresh: retry-go around a refund whose options are made per attempt.
func (r *Refunder) RefundFresh(ctx context.Context, p gocardless.RefundCreateParams) error {
	return retry.Do(func() error {
		_, err := r.gc.Refunds.Create(ctx, p, freshOpts()...) // want `gocardless Refunds.Create is retried by retry.Do \(line 29\) but freshOpts makes a new idempotency key on every call`
		return err
	}, retry.Attempts(3))
}

func stampedOpts(ref string) []gocardless.RequestOption {
	return []gocardless.RequestOption{
		gocardless.WithRetries(0),
		gocardless.WithHeaders(map[string]string{"Idempotency-Key": fmt.Sprintf("%s:%d", ref, time.Now().Unix())}),
	}
}

// ChargeStamped: a hand-written loop; the header key carries the clock.
func (r *Refunder) ChargeStamped(ctx context.Context, p gocardless.PaymentCreateParams, ref string) (*gocardless.Payment, error) {
	var last error
	for i := 0; i < 4; i++ {
		pay, err := r.gc.Payments.Create(ctx, p, stampedOpts(ref)...) // want `gocardless Payments.Create is retried by a for loop \(line 45\) but stampedOpts makes a new idempotency key on every call`
		if err == nil {
			return pay, nil
		}
		last = err
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return nil, last
}

// --- silent ---

func stableOpts(ref string) []gocardless.RequestOption {
	return []gocardless.RequestOption{gocardless.WithoutRetries(), gocardless.WithIdempotencyKey("refund-" + ref)}
}

// RefundStable: the key comes from the refund's own reference.
func (r *Refunder) RefundStable(ctx context.Context, p gocardless.RefundCreateParams, ref string) error {
	return retry.Do(func() error {
		_, err := r.gc.Refunds.Create(ctx, p, stableOpts(ref)...)
		return err
	}, retry.Attempts(3))
}

func keyedOpts(key string) []gocardless.RequestOption {
	return []gocardless.RequestOption{gocardless.WithIdempotencyKey(key)}
}

// ChargeKeyedOnce: the key is made once, before the loop, and handed in.
func (r *Refunder) ChargeKeyedOnce(ctx context.Context, p gocardless.PaymentCreateParams) error {
	key := uuid.NewString()
	var err error
	for i := 0; i < 3; i++ {
		if _, err = r.gc.Payments.Create(ctx, p, keyedOpts(key)...); err == nil {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return err
}

var base = []gocardless.RequestOption{gocardless.WithRetries(2)}

func appendedOpts(key string) []gocardless.RequestOption {
	return append(base, gocardless.WithIdempotencyKey(key))
}

// ChargeAppended: options appended to a shared slice; the model does not
// read them, so it stays silent.
func (r *Refunder) ChargeAppended(ctx context.Context, p gocardless.PaymentCreateParams, key string) error {
	return retry.Do(func() error {
		_, err := r.gc.Payments.Create(ctx, p, appendedOpts(key)...)
		return err
	}, retry.Attempts(3))
}
