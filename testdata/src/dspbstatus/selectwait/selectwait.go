// Package selectwait: retry loops whose wait is a select on the context
// and a timer (select { case <-ctx.Done(): return …; case <-time.After(d):
// }) still have their status conditions read. A success check followed by
// the wait, or a status switch whose default falls through to it, sends
// 400/404/422 round again; the same waits after a condition that returns
// on 4xx, and selects that do more than wait (a result channel, a
// default), stay silent.
package selectwait

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

type Refund struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Gateway struct {
	endpoint string
	client   *http.Client
	tries    int
}

func (g *Gateway) send(ctx context.Context, method, path string, payload any, key string) (*http.Response, error) {
	b, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, g.endpoint+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return g.client.Do(req)
}

func decode(resp *http.Response) (*Refund, error) {
	defer resp.Body.Close()
	out := new(Refund)
	return out, json.NewDecoder(resp.Body).Decode(out)
}

// RefundOnSuccessOnly: the loop leaves only on 201/200; every other answer
// waits on a timer (or the context) and goes round.
func (g *Gateway) RefundOnSuccessOnly(ctx context.Context, chargeID string, cents int64) (*Refund, error) {
	delay := 500 * time.Millisecond
	var last error
	for n := 0; n < g.tries; n++ {
		resp, err := g.send(ctx, http.MethodPost, "/api/refunds", map[string]any{"charge": chargeID, "amount": cents}, "rf-"+chargeID)
		if err != nil {
			last = err
		} else {
			if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want `POST /api/refunds is retried by a for loop \(line 55\): every non-2xx status is retried`
				return decode(resp)
			}
			last = fmt.Errorf("refund %s: %s", chargeID, resp.Status)
			resp.Body.Close()
		}
		select {
		case <-ctx.Done():
			return nil, errors.Join(ctx.Err(), last)
		case <-time.After(delay):
		}
		delay *= 2
	}
	return nil, last
}

// CaptureSwitchDefault: a tag switch on the status whose default closes the
// body and falls through to a timer's wait.
func (g *Gateway) CaptureSwitchDefault(ctx context.Context, paymentID string) (*Refund, error) {
	t := time.NewTimer(time.Second)
	defer t.Stop()
	for n := 0; ; n++ {
		resp, err := g.send(ctx, http.MethodPost, "/api/payments/"+paymentID+"/capture", nil, "cap-"+paymentID)
		if err == nil {
			switch resp.StatusCode {
			case http.StatusOK, http.StatusAccepted:
				return decode(resp)
			default: // want `POST /api/payments/{}/capture is retried by a for loop \(line 81\): every non-2xx status is retried`
				resp.Body.Close()
			}
		}
		if n == g.tries {
			return nil, fmt.Errorf("capture %s: gave up", paymentID)
		}
		t.Reset(time.Duration(n+1) * time.Second)
		select {
		case <-t.C:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// RefundTransientOnly (silent): 4xx returns; only network errors, 429 and
// 5xx wait and go round.
func (g *Gateway) RefundTransientOnly(ctx context.Context, chargeID string, cents int64) (*Refund, error) {
	delay := 500 * time.Millisecond
	var last error
	for n := 0; n < g.tries; n++ {
		resp, err := g.send(ctx, http.MethodPost, "/api/refunds", map[string]any{"charge": chargeID, "amount": cents}, "rf-"+chargeID)
		switch {
		case err != nil:
			last = err
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			resp.Body.Close()
			last = fmt.Errorf("refund %s: %s", chargeID, resp.Status)
		case resp.StatusCode >= 400:
			resp.Body.Close()
			return nil, fmt.Errorf("refund %s rejected: %s", chargeID, resp.Status)
		default:
			return decode(resp)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		delay *= 2
	}
	return nil, last
}

// RefundUntilAborted (silent): the select also listens to an abort
// channel whose case leaves the loop: what it does is not a wait.
func (g *Gateway) RefundUntilAborted(ctx context.Context, abort <-chan struct{}, chargeID string) (*Refund, error) {
	for n := 0; n < g.tries; n++ {
		resp, err := g.send(ctx, http.MethodPost, "/api/refunds", map[string]any{"charge": chargeID}, "rf-"+chargeID)
		if err == nil && resp.StatusCode == http.StatusCreated {
			return decode(resp)
		}
		if err == nil {
			resp.Body.Close()
		}
		select {
		case <-abort:
			return nil, errors.New("aborted")
		case <-time.After(time.Second):
		}
	}
	return nil, errors.New("gave up")
}

// RefundNoWait (silent): a select with a default does not wait; its
// retries are not read.
func (g *Gateway) RefundNoWait(ctx context.Context, chargeID string) (*Refund, error) {
	for n := 0; n < g.tries; n++ {
		resp, err := g.send(ctx, http.MethodPost, "/api/refunds", map[string]any{"charge": chargeID}, "rf-"+chargeID)
		if err == nil && resp.StatusCode == http.StatusCreated {
			return decode(resp)
		}
		if err == nil {
			resp.Body.Close()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		default:
			continue
		}
	}
	return nil, errors.New("gave up")
}
