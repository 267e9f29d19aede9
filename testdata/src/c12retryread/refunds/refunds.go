// Package refunds reads refunds of a hand-written acquirer API: one read
// retried on transport failures is not a poll; a loop that waits for the
// refund's terminal state is.
package refunds

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Refund struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type API struct {
	hc   *http.Client
	base string
}

func (a *API) get(ctx context.Context, id string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/v2/refunds/"+id, nil)
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

// Fetch retries the read on 503 and 429 only (codes compared with ==),
// at most 5 times, and returns the first other answer whatever the
// refund's state: a retried read, silent.
func (a *API) Fetch(ctx context.Context, id string) (*Refund, error) {
	backoff := 500 * time.Millisecond
	for i := 0; i < 5; i++ {
		resp, err := a.get(ctx, id)
		if err != nil || resp.StatusCode == http.StatusServiceUnavailable || resp.StatusCode == 429 {
			if resp != nil {
				resp.Body.Close()
			}
			time.Sleep(backoff)
			backoff *= 2
			continue
		}
		defer resp.Body.Close()
		var r Refund
		return &r, json.NewDecoder(resp.Body).Decode(&r)
	}
	return nil, errors.New("refund unavailable")
}

// Lookup: the same retry with the answer let out under a gate naming the
// codes it retries (!= 429, < 500): silent.
func (a *API) Lookup(ctx context.Context, id string) (*Refund, error) {
	wait := time.Second
	for attempt := 1; ; attempt++ {
		resp, err := a.get(ctx, id)
		if err == nil && resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
			defer resp.Body.Close()
			var r Refund
			return &r, json.NewDecoder(resp.Body).Decode(&r)
		}
		if attempt == 4 {
			return nil, errors.New("refund unavailable")
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// AwaitDone passes the same gate but returns only once the refund is
// final, and nothing bounds it: a poll, reported.
func (a *API) AwaitDone(id string) *Refund {
	for { // want `loop polling payment id has no bound`
		resp, err := a.get(context.Background(), id)
		if err == nil && resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
			var r Refund
			_ = json.NewDecoder(resp.Body).Decode(&r)
			resp.Body.Close()
			if r.Status == "succeeded" || r.Status == "failed" {
				return &r
			}
		}
		time.Sleep(3 * time.Second)
	}
}
