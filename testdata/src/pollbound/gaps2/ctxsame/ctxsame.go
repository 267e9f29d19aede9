// Package ctxsame: a recursive poll and a loop are bounded by the same
// things. A read given the caller's context, whose error leaves, stops
// when that context ends (a request's context ends with the request, a
// worker's at shutdown): a bound for both. A read given
// context.Background() stops only on the status: a bound for neither. A
// ctx.Err() check bounds both.
package ctxsame

import (
	"context"
	"errors"
	"net/http"
	"time"

	"poll/hiltapi"
)

type waiter struct {
	hc   *http.Client
	base string
}

var errStuck = errors.New("payment stuck: escalate")

// --- flagged ---

func (w *waiter) recurseDetached(id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(context.Background(), w.hc, w.base, id)
	if err != nil {
		return nil, err
	}
	if p.Status == hiltapi.Pending {
		time.Sleep(3 * time.Second)
		return w.recurseDetached(id) // want `recursive poll of payment id has no bound`
	}
	return p, nil
}

func (w *waiter) loopDetached(id string) (*hiltapi.Payment, error) {
	for { // want `loop polling payment id has no bound`
		p, err := hiltapi.Fetch(context.Background(), w.hc, w.base, id)
		if err != nil {
			return nil, err
		}
		if p.Status != hiltapi.Pending {
			return p, nil
		}
		time.Sleep(3 * time.Second)
	}
}

// --- silent ---

func (w *waiter) recurseWithCallerCtx(ctx context.Context, id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(ctx, w.hc, w.base, id)
	if err != nil {
		return nil, err
	}
	if p.Status == hiltapi.Pending {
		time.Sleep(3 * time.Second)
		return w.recurseWithCallerCtx(ctx, id)
	}
	return p, nil
}

func (w *waiter) loopWithCallerCtx(ctx context.Context, id string) (*hiltapi.Payment, error) {
	for {
		p, err := hiltapi.Fetch(ctx, w.hc, w.base, id)
		if err != nil {
			return nil, err
		}
		if p.Status != hiltapi.Pending {
			return p, nil
		}
		time.Sleep(3 * time.Second)
	}
}

// The read is detached but the recursion checks the caller's context.
func (w *waiter) recurseCheckingCtx(ctx context.Context, id string) (*hiltapi.Payment, error) {
	if err := ctx.Err(); err != nil {
		return nil, errStuck
	}
	p, err := hiltapi.Fetch(context.Background(), w.hc, w.base, id)
	if err != nil {
		return nil, err
	}
	if p.Status == hiltapi.Pending {
		time.Sleep(3 * time.Second)
		return w.recurseCheckingCtx(ctx, id)
	}
	return p, nil
}
