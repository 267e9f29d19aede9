// Package oddgo is valid but unusual Go around payment calls: generic
// pollers, goto loops, recursion through a func variable, method
// expressions, labelled loops, goroutines and defers in loops, loops in
// init and in package-level function literals.
package oddgo

import (
	"context"
	"errors"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var ErrStuck = errors.New("stuck")

// Poll is a generic poller with a caller-given interval and a bound.
func Poll[T any, S ~string](ctx context.Context, every time.Duration, get func(context.Context) (T, error), status func(T) S, final ...S) (T, error) {
	var zero T
	for i := 0; i < 1000; i++ {
		v, err := get(ctx)
		if err != nil {
			return zero, err
		}
		st := status(v)
		for _, f := range final {
			if st == f {
				return v, nil
			}
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(every):
		}
	}
	return zero, ErrStuck
}

// WaitPI uses the generic poller.
func WaitPI(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return Poll(ctx, 3*time.Second, func(context.Context) (*stripe.PaymentIntent, error) {
		return paymentintent.Get(id, nil)
	}, func(pi *stripe.PaymentIntent) stripe.PaymentIntentStatus { return pi.Status },
		stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled)
}

type Cache[K comparable, V any] struct {
	m    map[K]V
	load func(K) (V, error)
}

// Refresh reloads every entry once.
func (c *Cache[K, V]) Refresh() {
	for k := range c.m {
		if v, err := c.load(k); err == nil {
			c.m[k] = v
		}
	}
}

// Goto polls with a goto loop and an attempt cap.
func Goto(id string) (*stripe.PaymentIntent, error) {
	n := 0
again:
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return nil, err
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
		return pi, nil
	}
	n++
	if n > 20 {
		return nil, ErrStuck
	}
	time.Sleep(3 * time.Second)
	goto again
}

// FuncVar counts down through a recursive func variable.
func FuncVar() int {
	var f func(int) int
	f = func(n int) int {
		if n <= 0 {
			return 0
		}
		return n + f(n-1)
	}
	return f(10)
}

type Client struct{ pi paymentintent.Client }

// MethodExpr calls the SDK through a method expression and a method value.
func MethodExpr(c Client, ids []string) {
	get := paymentintent.Client.Get
	for _, id := range ids {
		_, _ = get(c.pi, id, nil)
	}
	g := c.pi.Get
	_, _ = g("pi_1", nil)
}

// Labelled skips to the next order from an inner loop.
func Labelled(orders map[string]int64) {
outer:
	for id, amount := range orders {
		for attempt := 0; attempt < 3; attempt++ {
			p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur")}
			p.SetIdempotencyKey("order-" + id)
			if _, err := paymentintent.New(p); err == nil {
				continue outer
			}
		}
		fmt.Println("giving up on", id)
	}
}

// Goroutines starts a create per order and a deferred log per round.
func Goroutines(amounts []int64, done chan<- error) {
	for i, a := range amounts {
		defer fmt.Println("queued", i)
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(a), Currency: stripe.String("eur")}
		p.SetIdempotencyKey(fmt.Sprintf("batch-%d", i))
		go func() {
			_, err := paymentintent.New(p)
			done <- err
		}()
	}
}

// TypeSwitch inspects what a loop of reads returns.
func TypeSwitch(ids []string) (n int) {
	for _, id := range ids {
		var v any
		v, _ = paymentintent.Get(id, nil)
		switch x := v.(type) {
		case *stripe.PaymentIntent:
			if x != nil && x.Status == stripe.PaymentIntentStatusSucceeded {
				n++
			}
		case nil:
		}
	}
	return n
}

var warm = func() int {
	n := 0
	for i := range 3 {
		n += i
	}
	return n
}()

func init() {
	for i := 0; i < warm; i++ {
		_ = i
	}
}

// Forever blocks, as some mains do.
func Forever() {
	for {
		select {}
	}
}
