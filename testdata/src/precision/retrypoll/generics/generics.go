// Package generics has generic helpers used around payment code.
package generics

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Map applies f to each element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// RetryRead retries a read-only call; payment writes never go through it.
func RetryRead[T any](ctx context.Context, attempts int, f func(context.Context) (T, error)) (T, error) {
	var zero T
	var err error
	for i := 0; i < attempts; i++ {
		var v T
		if v, err = f(ctx); err == nil {
			return v, nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return zero, err
}

type Cache[K comparable, V any] struct {
	m map[K]V
}

func (c *Cache[K, V]) GetOr(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.m[k]; ok {
		return v, nil
	}
	v, err := load(k)
	if err == nil {
		if c.m == nil {
			c.m = map[K]V{}
		}
		c.m[k] = v
	}
	return v, err
}

// Status reads a payment's status through the generic read retry.
func Status(ctx context.Context, id string) (stripe.PaymentIntentStatus, error) {
	pi, err := RetryRead(ctx, 3, func(context.Context) (*stripe.PaymentIntent, error) {
		return paymentintent.Get(id, nil)
	})
	if err != nil {
		return "", err
	}
	return pi.Status, nil
}

// IDs maps created payments to their ids.
func IDs(pis []*stripe.PaymentIntent) []string {
	return Map(pis, func(p *stripe.PaymentIntent) string { return p.ID })
}

var errNone = errors.New("none")

// First returns the first element matching.
func First[T any](xs []T, ok func(T) bool) (T, error) {
	for _, x := range xs {
		if ok(x) {
			return x, nil
		}
	}
	var z T
	return z, errNone
}
