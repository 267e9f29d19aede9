// Package recursion: payment calls retried by a function calling itself
// again after a failure. The wait before the self-call is judged as in a
// loop: a fixed wait under the minimum that never grows hammers a failing
// provider; a growing, long or unknown wait stays silent.
package recursion

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"
)

const charges = "https://api.example.com/v1/charges"

type client struct{ hc *http.Client }

func (c *client) capture(ctx context.Context, body []byte, key string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, charges, bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return errors.New("server error")
	}
	return nil
}

// --- flagged ---

// A fixed 50ms pause between self-calls: five tries in a quarter second.
func (c *client) captureAgain(ctx context.Context, body []byte, key string, tries int) error {
	err := c.capture(ctx, body, key) // want `recursion.client.capture \(POST /v1/charges\) is retried by recursion in captureAgain \(line 36\) every 50ms, a fixed wait that does not grow`
	if err != nil && tries > 0 {
		<-time.After(50 * time.Millisecond)
		return c.captureAgain(ctx, body, key, tries-1)
	}
	return err
}

const pause = 300 * time.Millisecond

// A package constant pause after a success exit.
func submit(ctx context.Context, c *client, body []byte, key string, n int) error {
	if err := c.capture(ctx, body, key); err == nil { // want `is retried by recursion in submit \(line 48\) every 300ms, a fixed wait that does not grow`
		return nil
	}
	if n == 0 {
		return errors.New("gave up")
	}
	time.Sleep(pause)
	return submit(ctx, c, body, key, n-1)
}

// --- silent ---

// The wait doubles on every self-call.
func (c *client) captureDoubling(ctx context.Context, body []byte, key string, wait time.Duration, left int) error {
	err := c.capture(ctx, body, key)
	if err == nil || left == 0 {
		return err
	}
	time.Sleep(wait)
	return c.captureDoubling(ctx, body, key, wait*2, left-1)
}

// The wait grows with the attempt number.
func (c *client) captureLinear(ctx context.Context, body []byte, key string, attempt int) error {
	err := c.capture(ctx, body, key)
	if err == nil || attempt >= 4 {
		return err
	}
	time.Sleep(time.Duration(attempt+1) * time.Second)
	return c.captureLinear(ctx, body, key, attempt+1)
}

// Two seconds between attempts: slow enough.
func (c *client) captureSlow(ctx context.Context, body []byte, key string, left int) error {
	err := c.capture(ctx, body, key)
	if err == nil || left == 0 {
		return err
	}
	time.Sleep(2 * time.Second)
	return c.captureSlow(ctx, body, key, left-1)
}

type limiter interface {
	Wait(ctx context.Context) error
}

// The wait is a limiter the model cannot read.
func (c *client) captureLimited(ctx context.Context, lim limiter, body []byte, key string, left int) error {
	err := c.capture(ctx, body, key)
	if err == nil || left == 0 {
		return err
	}
	lim.Wait(ctx)
	time.Sleep(10 * time.Millisecond)
	return c.captureLimited(ctx, lim, body, key, left-1)
}

// Not a retry: the short pause is in a walk over the next page of items.
func (c *client) captureAll(ctx context.Context, bodies [][]byte, key string) error {
	if len(bodies) == 0 {
		return nil
	}
	if err := c.capture(ctx, bodies[0], key); err != nil {
		return err
	}
	time.Sleep(100 * time.Millisecond)
	return c.captureAll(ctx, bodies[1:], key)
}

// Not a retry: it stops at the first failure and calls itself again only
// after a success (n instalments, each a new charge on purpose).
func (c *client) instalments(ctx context.Context, body []byte, key string, n int) error {
	err := c.capture(ctx, body, key)
	if err != nil || n == 0 {
		return err
	}
	time.Sleep(10 * time.Millisecond)
	return c.instalments(ctx, body, key, n-1)
}
