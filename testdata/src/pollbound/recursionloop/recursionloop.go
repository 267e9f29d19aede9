// Package recursionloop: recursive polls written as a loop,
// for cond { sleep; return self(...) }, like the if form.
package recursionloop

import (
	"context"
	"errors"
	"net/http"
	"time"

	"poll/hiltapi"
)

var errStuck = errors.New("payment still pending: escalate")

// --- flagged ---

// The for replaces the if: no attempt count, no context, no deadline.
func awaitFor(hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(context.Background(), hc, base, id)
	if err != nil {
		return nil, err
	}
	for p.Status == hiltapi.Pending {
		time.Sleep(5 * time.Second)
		return awaitFor(hc, base, id) // want `recursive poll of payment id has no bound`
	}
	return p, nil
}

// The read inside the for {}: its body always leaves, through the
// recursive call when the payment is still pending.
func awaitForever(hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	for {
		p, err := hiltapi.Fetch(context.Background(), hc, base, id)
		if err != nil {
			return nil, err
		}
		if p.Status != hiltapi.Pending {
			return p, nil
		}
		time.Sleep(5 * time.Second)
		return awaitForever(hc, base, id) // want `recursive poll of payment id has no bound`
	}
}

// --- silent ---

// The loop's return calls a different function: not a recursion.
func handOff(hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(context.Background(), hc, base, id)
	if err != nil {
		return nil, err
	}
	for p.Status == hiltapi.Pending {
		time.Sleep(5 * time.Second)
		return escalate(hc, base, id)
	}
	return p, nil
}

func escalate(hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	return nil, errStuck
}

// A depth parameter that decreases, tested by the loop's condition.
func awaitDepth(hc *http.Client, base, id string, left int) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(context.Background(), hc, base, id)
	if err != nil {
		return nil, err
	}
	for left > 0 && p.Status == hiltapi.Pending {
		time.Sleep(5 * time.Second)
		return awaitDepth(hc, base, id, left-1)
	}
	if p.Status == hiltapi.Pending {
		return nil, errStuck
	}
	return p, nil
}

// The same with the depth tested inside the for {}.
func awaitDepthInside(hc *http.Client, base, id string, depth int) (*hiltapi.Payment, error) {
	for {
		p, err := hiltapi.Fetch(context.Background(), hc, base, id)
		if err != nil {
			return nil, err
		}
		if p.Status != hiltapi.Pending {
			return p, nil
		}
		if depth <= 0 {
			return nil, errStuck
		}
		time.Sleep(5 * time.Second)
		return awaitDepthInside(hc, base, id, depth-1)
	}
}
