// Package switchdefault: a receipt poll whose outcomes are a tagless
// switch. Its default clause is reached only when every case before it
// was false, so `case r.Status == ok: return …; default: return failed`
// leaves on both outcomes of the payment.
package switchdefault

import (
	"context"
	"errors"
	"log"
	"net/http"
	"time"
)

type receipt struct{ Status string }

type chain struct{ hc *http.Client }

func (c *chain) receipt(ctx context.Context, hash string) (*receipt, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://psp.example/v1/payments/"+hash, nil)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return &receipt{}, nil
}

var errFailed = errors.New("payment failed")

// Success returns, and the default (any other status, the read having
// worked) returns failed: both outcomes leave, 90 rounds at most.
func (c *chain) awaitBounded(ctx context.Context, hash string) error {
	for i := 0; i < 90; i++ {
		r, err := c.receipt(ctx, hash)
		switch {
		case err != nil:
			log.Printf("receipt %s: %v", hash, err)
		case r.Status == "succeeded":
			return nil
		default:
			return errFailed
		}
		time.Sleep(4 * time.Second)
	}
	return context.DeadlineExceeded
}

// The default only logs: a failed payment is polled until the attempts
// run out as if still pending.
func (c *chain) awaitLogsFailure(ctx context.Context, hash string) error {
	for i := 0; i < 90; i++ { // want `stops only when the payment succeeds`
		r, err := c.receipt(ctx, hash)
		switch {
		case err != nil:
			log.Printf("receipt %s: %v", hash, err)
		case r.Status == "succeeded":
			return nil
		default:
			log.Printf("receipt %s: status %s", hash, r.Status)
		}
		time.Sleep(4 * time.Second)
	}
	return context.DeadlineExceeded
}
