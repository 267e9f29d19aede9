// Package gw holds a payment team's shared retry helpers around raw HTTP
// calls: each one tests the answer's status itself.
package gw

import (
	"context"
	"io"
	"log"
	"net/http"
	"time"
)

// UntilOK calls send until the answer is 2xx: every other status, 4xx
// refusals included, goes round again (with a growing wait).
func UntilOK(ctx context.Context, tries int, send func() (*http.Response, error)) (*http.Response, error) {
	delay := 2 * time.Second
	var lastErr error
	for n := 0; n < tries; n++ {
		res, err := send()
		if err == nil && res.StatusCode/100 == 2 {
			return res, nil
		}
		if err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			log.Printf("gw: attempt %d: HTTP %d", n, res.StatusCode)
		} else {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		delay *= 2
	}
	return nil, lastErr
}

// Transient hands back every answer below 500 but 429: only server
// errors and rate limits go round.
func Transient(ctx context.Context, tries int, send func() (*http.Response, error)) (*http.Response, error) {
	delay := 2 * time.Second
	var lastErr error
	for n := 0; n < tries; n++ {
		res, err := send()
		if err == nil && res.StatusCode < 500 && res.StatusCode != http.StatusTooManyRequests {
			return res, nil
		}
		if err == nil {
			res.Body.Close()
		}
		lastErr = err
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		delay *= 2
	}
	return nil, lastErr
}

// Network retries transport failures only: any answer is handed back.
func Network(tries int, send func() (*http.Response, error)) (*http.Response, error) {
	var lastErr error
	for n := 0; n < tries; n++ {
		res, err := send()
		if err == nil {
			return res, nil
		}
		lastErr = err
		time.Sleep(time.Duration(n+1) * 2 * time.Second)
	}
	return nil, lastErr
}

// Judged hands the answer to a predicate it cannot see into: unknown.
func Judged(tries int, retryable func(*http.Response) bool, send func() (*http.Response, error)) (*http.Response, error) {
	var lastErr error
	for n := 0; n < tries; n++ {
		res, err := send()
		if err == nil && !retryable(res) {
			return res, nil
		}
		lastErr = err
		time.Sleep(time.Duration(n+1) * 2 * time.Second)
	}
	return nil, lastErr
}
