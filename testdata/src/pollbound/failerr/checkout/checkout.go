// Package checkout waits for payments through the psp client of another
// package: a loop that leaves on the error of psp.Status stops on a failed
// payment (Status says so); one over psp.Peek does not.
package checkout

import (
	"context"
	"net/http"
	"time"

	"pollbound/failerr/psp"
)

// awaitConfirmed leaves on Status's error, which a FAILED payment is.
func awaitConfirmed(ctx context.Context, hc *http.Client, id string) error {
	for {
		st, err := psp.Status(ctx, hc, id)
		if err != nil {
			return err
		}
		if st == "CONFIRMED" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// awaitPeek leaves on Peek's error, a transport error only: a FAILED
// payment keeps it polling.
func awaitPeek(ctx context.Context, hc *http.Client, id string) error {
	for { // want `loop polling payment id stops only when the payment succeeds`
		st, err := psp.Peek(ctx, hc, id)
		if err != nil {
			return err
		}
		if st == "CONFIRMED" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}
