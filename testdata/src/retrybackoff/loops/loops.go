// Package loops: hand-written retry loops around payment calls.
package loops

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"time"
)

const base = "https://api.tally.example/v1"

var errGiveUp = errors.New("payment API unavailable")

func newReq(ctx context.Context, body []byte) *http.Request {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payments", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", "pay-1")
	return req
}

// --- flagged ---

func busy(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	req := newReq(ctx, body)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 26\) with no wait between attempts: a failing or rate-limiting provider is hit again at once, which prolongs its outage and gets the account throttled; back off exponentially from at least 1s \(e.g. 2s, 4s, 8s\) and cap the attempts`
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
	}
	return nil, errGiveUp
}

func forever(ctx context.Context, c *http.Client, body []byte) *http.Response {
	req := newReq(ctx, body)
	for {
		resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 37\) with no attempt cap and no deadline: while the provider keeps failing it is called forever; cap the attempts \(e.g. 3\) or bound the retries with a context deadline`
		if err == nil && resp.StatusCode < 500 {
			return resp
		}
		time.Sleep(2 * time.Second)
	}
}

func fastFixed(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	req := newReq(ctx, body)
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 48\) every 100ms, a fixed wait that does not grow: retries this fast hammer a provider that is failing or rate-limiting; back off exponentially from at least 1s`
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, errGiveUp
}

const retryPause = 250 * time.Millisecond

func fastConst(ctx context.Context, c *http.Client, id string) (*http.Response, error) {
	pause := retryPause
	for range 3 {
		resp, err := c.Get(base + "/payments/" + id) // want `GET /v1/payments/\{\} is retried by a for loop \(line 62\) every 250ms, a fixed wait`
		if err == nil {
			return resp, nil
		}
		<-time.After(pause)
	}
	return nil, errGiveUp
}

// --- silent ---

func growing(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	req := newReq(ctx, body)
	wait := 500 * time.Millisecond
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, errGiveUp
}

func growingShift(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	req := newReq(ctx, body)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, errGiveUp
}

func cappedSlow(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	req := newReq(ctx, body)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errGiveUp
}

func configured(ctx context.Context, c *http.Client, body []byte, pause time.Duration) (*http.Response, error) {
	req := newReq(ctx, body)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(pause) // not known statically
	}
	return nil, errGiveUp
}

func untilDeadline(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	req := newReq(ctx, body)
	for {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
}

func mayBlock(ctx context.Context, c *http.Client, body []byte, limiter interface{ Wait(context.Context) error }) (*http.Response, error) {
	req := newReq(ctx, body)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		_ = limiter.Wait(ctx) // a rate limiter waits, how long is not known
	}
	return nil, errGiveUp
}

// Not a payment call: a notification e-mail.
func notPayment(ctx context.Context, c *http.Client, body []byte) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://mail.example/v1/emails", bytes.NewReader(body))
	for {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
	}
}

// A poll loop: reading the status until final is pollinterval's business.
func poll(ctx context.Context, c *http.Client, id string) (string, error) {
	for {
		resp, err := c.Get(base + "/payments/" + id)
		if err != nil {
			return "", err
		}
		st := resp.Header.Get("X-Payment-Status")
		if st == "succeeded" || st == "failed" {
			return st, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}
