// Package transport holds a marketplace's shared HTTP senders: each is
// handed a description of one request and sends it, and sends it again
// when no answer came back or the provider answered 408, 429 or 5xx.
package transport

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Request describes one JSON call.
type Request struct {
	Method  string
	URL     string
	Body    []byte
	Headers map[string]string
}

// StatusError is an answer the senders do not accept.
type StatusError struct {
	Status int
	Body   string
}

func (e *StatusError) Error() string { return fmt.Sprintf("http %d: %s", e.Status, e.Body) }

// transient: worth sending again.
func transient(status int) bool {
	return status == http.StatusRequestTimeout || status == http.StatusTooManyRequests || status >= 500
}

// Send sends r, and again (four times at most, one second apart at
// first, the pause doubling) when no answer came back or the answer was
// transient.
func Send(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	pause := time.Second
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
		} else {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return body, nil
			}
			if !transient(resp.StatusCode) {
				return nil, &StatusError{Status: resp.StatusCode, Body: string(body)}
			}
			lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, lastErr
}

// SendTagged sends r like Send, tagging every attempt with an
// Idempotency-Key of its own.
func SendTagged(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	pause := time.Second
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
		} else {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return body, nil
			}
			if !transient(resp.StatusCode) {
				return nil, &StatusError{Status: resp.StatusCode, Body: string(body)}
			}
			lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, lastErr
}

// SendOnceKeyed sends r like Send with one Idempotency-Key drawn before
// its first attempt and sent again with every attempt.
func SendOnceKeyed(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	key := uuid.NewString()
	pause := time.Second
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
		} else {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return body, nil
			}
			if !transient(resp.StatusCode) {
				return nil, &StatusError{Status: resp.StatusCode, Body: string(body)}
			}
			lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, lastErr
}

// SendAtOnce sends r, and again at once (three times at most) when no
// answer came back or the answer was transient.
func SendAtOnce(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode < 300 {
			return body, nil
		}
		if !transient(resp.StatusCode) {
			return nil, &StatusError{Status: resp.StatusCode, Body: string(body)}
		}
		lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
	}
	return nil, lastErr
}

// SendShortPause sends r, and again a quarter of a second later (three
// times at most) when no answer came back or the answer was transient.
func SendShortPause(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
		} else {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return body, nil
			}
			if !transient(resp.StatusCode) {
				return nil, &StatusError{Status: resp.StatusCode, Body: string(body)}
			}
			lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
		}
		time.Sleep(250 * time.Millisecond)
	}
	return nil, lastErr
}

// SendUpTo sends r, and again (attempts times in all, the pause doubling
// from one second) when no answer came back or the answer was transient.
func SendUpTo(ctx context.Context, hc *http.Client, r Request, attempts int) ([]byte, error) {
	pause := time.Second
	var lastErr error
	for attempt := 0; attempt < attempts; attempt++ {
		if attempt > 0 {
			time.Sleep(pause)
			pause *= 2
		}
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode < 300 {
			return body, nil
		}
		lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
		if !transient(resp.StatusCode) {
			return nil, lastErr
		}
	}
	return nil, lastErr
}

// JSONRequest describes one call whose body is encoded here.
type JSONRequest struct {
	Method  string
	URL     string
	Headers map[string]string
	Body    any
}

// SendJSON encodes r.Body once and sends it like Send.
func SendJSON(ctx context.Context, hc *http.Client, r JSONRequest) ([]byte, error) {
	payload, err := json.Marshal(r.Body)
	if err != nil {
		return nil, err
	}
	pause := time.Second
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(payload))
		if err != nil {
			return nil, err
		}
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
		} else {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return body, nil
			}
			lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
			if !transient(resp.StatusCode) {
				return nil, lastErr
			}
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, lastErr
}
