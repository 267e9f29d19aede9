// Package nethttp: payment calls retried by hand-written loops, judged
// by which statuses go round again.
package nethttp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

const base = "https://api.keystone.example/v1"

var errGiveUp = errors.New("payment API unavailable")

// keyed builds the settlement POST with a stable idempotency key.
func keyed(ctx context.Context, body []byte) *http.Request {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", "settle-1")
	return req
}

// --- flagged ---

func notOK(ctx context.Context, c *http.Client, id string) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Get(base + "/settlements/" + id)
		if err != nil {
			time.Sleep(2 * time.Second)
			continue
		}
		if resp.StatusCode != http.StatusOK { // want `GET /v1/settlements/\{\} is retried by a for loop \(line 28\): every non-2xx status is retried, including 400/404/409/422, which will fail the same way again; retry only network errors, 408, 429 and 5xx`
			time.Sleep(2 * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, errGiveUp
}

func atLeast400(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err == nil && resp.StatusCode >= 400 { // want `POST /v1/settlements is retried by a for loop \(line 44\): every non-2xx status is retried, including 400/404/422, which`
			time.Sleep(2 * time.Second)
			continue
		}
		return resp, err
	}
	return nil, errGiveUp
}

func not201(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err != nil {
			continue
		}
		if resp.StatusCode == http.StatusCreated { // want `is retried by a for loop \(line 56\): every non-2xx status is retried`
			return resp, nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return nil, errGiveUp
}

func switchDefault(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err != nil {
			continue
		}
		switch resp.StatusCode {
		case http.StatusOK, http.StatusCreated:
			return nil
		case http.StatusTooManyRequests:
			time.Sleep(5 * time.Second)
		default: // want `every non-2xx status is retried, including 400/404/422`
			time.Sleep(time.Second)
		}
	}
	return errGiveUp
}

func only404(ctx context.Context, c *http.Client, id string) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements/"+id+"/release", nil)
		req.Header.Set("Idempotency-Key", "release-"+id)
		resp, err := c.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusNotFound { // want `POST /v1/settlements/\{\}/release is retried by a for loop \(line 88\): status 404 is retried, which will fail the same way again; retry only network errors, 408, 429 and 5xx`
			time.Sleep(2 * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, errGiveUp
}

// A 409 without a stable key is a state conflict: check the state.
func conflictNoKey(ctx context.Context, c *http.Client, id string) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/settlements/"+id+"/approve", nil)
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		if resp.StatusCode == http.StatusConflict || resp.StatusCode >= 500 { // want `status 409 is retried`
			time.Sleep(2 * time.Second)
			continue
		}
		return nil
	}
	return errGiveUp
}

func elseRetries(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err != nil {
			time.Sleep(2 * time.Second)
			continue
		}
		if resp.StatusCode < 300 { // want `every non-2xx status is retried, including 400/404/422`
			return resp, nil
		} else {
			time.Sleep(2 * time.Second)
		}
	}
	return nil, errGiveUp
}

func labelledContinue(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
attempts:
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err != nil {
			return nil, err
		}
		for _, bad := range []int{400, 404, 422, 503} {
			_ = bad
		}
		if resp.StatusCode != http.StatusCreated { // want `every non-2xx status is retried`
			time.Sleep(2 * time.Second)
			continue attempts
		}
		return resp, nil
	}
	return nil, errGiveUp
}

// --- silent ---

func onlyTransient(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err != nil {
			time.Sleep(2 * time.Second)
			continue
		}
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusRequestTimeout {
			time.Sleep(2 * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, errGiveUp
}

func statusSwitchReturns4xx(ctx context.Context, c *http.Client, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err != nil {
			continue
		}
		switch {
		case resp.StatusCode < 300:
			return nil
		case resp.StatusCode == 429, resp.StatusCode == 408, resp.StatusCode == 425:
			time.Sleep(5 * time.Second)
		case resp.StatusCode >= 400 && resp.StatusCode < 500:
			return fmt.Errorf("settlement rejected: %d", resp.StatusCode)
		default:
			time.Sleep(2 * time.Second)
		}
	}
	return errGiveUp
}

// 409 with a stable idempotency key: the same request is still in progress.
func conflictWithKey(ctx context.Context, c *http.Client, body []byte) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err != nil || resp.StatusCode == http.StatusConflict || resp.StatusCode >= 500 {
			time.Sleep(2 * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, errGiveUp
}

type tokens interface {
	Refresh(ctx context.Context) (string, error)
}

// 401 retried after refreshing the token inside the loop.
func unauthorizedRefresh(ctx context.Context, c *http.Client, tk tokens, id string) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/settlements/"+id, nil)
		resp, err := c.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusUnauthorized {
			if _, err := tk.Refresh(ctx); err != nil {
				return nil, err
			}
			continue
		}
		return resp, nil
	}
	return nil, errGiveUp
}

func unreadable(ctx context.Context, c *http.Client, body []byte, retryable func(*http.Response) bool) (*http.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(keyed(ctx, body))
		if err == nil && !retryable(resp) { // the model cannot read this policy
			return resp, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errGiveUp
}

// Not a payment call.
func notPayment(ctx context.Context, c *http.Client) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Get("https://status.example/health")
		if err == nil && resp.StatusCode == http.StatusOK {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errGiveUp
}

// Waiting for a payment just created to become readable (404 until it
// appears) is a poll of that payment: the poll rules' business.
func awaitVisible(ctx context.Context, c *http.Client, id string) (*http.Response, error) {
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.Get(base + "/settlements/" + id)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusNotFound {
			time.Sleep(2 * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, errGiveUp
}

// A poll loop reads the payment until it is final: pollbound's business.
func pollUntilFinal(ctx context.Context, c *http.Client, id string) (string, error) {
	for {
		resp, err := c.Get(base + "/settlements/" + id)
		if err != nil {
			return "", err
		}
		if resp.StatusCode != http.StatusOK {
			time.Sleep(2 * time.Second)
			continue
		}
		st := resp.Header.Get("X-Settlement-Status")
		if st == "completed" || st == "failed" {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
}
