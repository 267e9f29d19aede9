// Package recursionloop: recursive polls written as a loop,
// for cond { sleep; return self(...) }, timed like the if form.
package recursionloop

import (
	"context"
	"errors"
	"net/http"
	"time"

	"poll/hiltapi"
)

var errStuck = errors.New("payment still pending: escalate")

// Every 300ms, read before the loop.
func awaitFor(ctx context.Context, hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(ctx, hc, base, id)
	if err != nil {
		return nil, err
	}
	for p.Status == hiltapi.Pending && ctx.Err() == nil {
		time.Sleep(300 * time.Millisecond) // want `payment status polled every 300ms`
		return awaitFor(ctx, hc, base, id)
	}
	return p, nil
}

// Every 200ms, read inside a for {} whose body always leaves.
func awaitForever(ctx context.Context, hc *http.Client, base, id string, left int) (*hiltapi.Payment, error) {
	for {
		p, err := hiltapi.Fetch(ctx, hc, base, id)
		if err != nil || p.Status != hiltapi.Pending {
			return p, err
		}
		if left == 0 {
			return nil, errStuck
		}
		time.Sleep(200 * time.Millisecond) // want `payment status polled every 200ms`
		return awaitForever(ctx, hc, base, id, left-1)
	}
}

// --- silent ---

// Every 5s: fine.
func awaitSlow(ctx context.Context, hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(ctx, hc, base, id)
	if err != nil {
		return nil, err
	}
	for p.Status == hiltapi.Pending && ctx.Err() == nil {
		time.Sleep(5 * time.Second)
		return awaitSlow(ctx, hc, base, id)
	}
	return p, nil
}

// The loop's return calls a different function after a short pause: no
// second read here.
func handOff(ctx context.Context, hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(ctx, hc, base, id)
	if err != nil {
		return nil, err
	}
	for p.Status == hiltapi.Pending {
		time.Sleep(100 * time.Millisecond)
		return escalate(id)
	}
	return p, nil
}

func escalate(id string) (*hiltapi.Payment, error) { return nil, errStuck }
