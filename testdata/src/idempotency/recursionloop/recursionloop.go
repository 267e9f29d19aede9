// Package recursionloop: a payment write retried by a recursion written
// as a loop, for cond { sleep; return self(...) }, like the if form.
package recursionloop

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

const base = "https://api.keystone.example/v1"

// --- flagged ---

// The self-call after an exit on success, inside a for {}.
func settle(ctx context.Context, c *http.Client, body []byte, attempt int) error {
	for attempt < 3 {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements", bytes.NewReader(body))
		resp, err := c.Do(req) // want `POST /v1/settlements is retried by recursion in settle \(line 17\) without an idempotency key`
		if err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Second)
		return settle(ctx, c, body, attempt+1)
	}
	return nil
}

// The write before the for; the for's condition tests its error.
func payout(ctx context.Context, c *http.Client, body []byte) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payouts", bytes.NewReader(body))
	_, err := c.Do(req) // want `POST /v1/payouts is retried by recursion in payout \(line 31\) without an idempotency key`
	for err != nil {
		time.Sleep(time.Second)
		return payout(ctx, c, body)
	}
	return nil
}

// --- silent ---

// The loop's return calls a different function: not a recursion.
func handOff(ctx context.Context, c *http.Client, body []byte) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payouts", bytes.NewReader(body))
	_, err := c.Do(req)
	for err != nil {
		time.Sleep(time.Second)
		return queueForLater(ctx, body)
	}
	return nil
}

func queueForLater(ctx context.Context, body []byte) error { return nil }

// The key is a parameter passed on unchanged.
func settleKeyed(ctx context.Context, c *http.Client, body []byte, key string, attempt int) error {
	for attempt < 3 {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req)
		if err == nil {
			return resp.Body.Close()
		}
		return settleKeyed(ctx, c, body, key, attempt+1)
	}
	return nil
}

// A walk over other items written the same way: each call writes the
// next order, not the same one again.
func settleAll(ctx context.Context, c *http.Client, bodies [][]byte) error {
	for len(bodies) > 0 {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements", bytes.NewReader(bodies[0]))
		if _, err := c.Do(req); err != nil {
			return err
		}
		return settleAll(ctx, c, bodies[1:])
	}
	return nil
}
