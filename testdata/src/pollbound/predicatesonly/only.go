// Package predicatesonly: loops that stop only on a success predicate
// (IsPaid, Succeeded), and a look-alike whose predicate is no pure status
// test.
package predicatesonly

import (
	"context"
	"net/http"
	"time"

	"pollbound/predicates"
)

func paidOnly(ctx context.Context, hc *http.Client, id string) (*predicates.Payment, error) {
	for { // want `loop polling payment id stops only when the payment succeeds \(line \d+\)`
		p, err := predicates.Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		if p.IsPaid() {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func succeededOnly(ctx context.Context, hc *http.Client, id string) (*predicates.Payment, error) {
	for { // want `loop polling payment id stops only when the payment succeeds \(line \d+\)`
		p, err := predicates.Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		if p.Succeeded() {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// Look-alike: HasAmount reads no status; stopping on it is no
// "success only" exit (precision: no guess from the data).
func amountOnly(ctx context.Context, hc *http.Client, id string) (*predicates.Payment, error) {
	for {
		p, err := predicates.Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		if p.HasAmount() {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}
