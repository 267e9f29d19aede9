// Package sender holds the shop's shared HTTP senders: each takes what
// to send from its caller and sends it again on the answers it does not
// accept.
package sender

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Request describes one JSON call.
type Request struct {
	Method  string
	URL     string
	Body    []byte
	Headers map[string]string
}

// StatusError is a non-2xx answer.
type StatusError struct {
	Status int
	Body   string
}

func (e *StatusError) Error() string { return fmt.Sprintf("http %d: %s", e.Status, e.Body) }

func build(ctx context.Context, r Request) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return nil, err
	}
	return req, nil
}

// Send sends r, and again (three times at most, with a doubling pause)
// on every answer of 400 or more.
func Send(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	pause := time.Second
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode >= 400 {
				lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
			} else {
				return body, nil
			}
		} else {
			lastErr = err
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, lastErr
}

// Call sends method url with body, and again until it is accepted with
// a 2xx (four times at most, a second apart).
func Call(ctx context.Context, hc *http.Client, method, url string, body []byte, key string) ([]byte, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		if key != "" {
			req.Header.Set("Idempotency-Key", key)
		}
		resp, err := hc.Do(req)
		if err != nil {
			lastErr = err
		} else {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return data, nil
			}
			lastErr = &StatusError{Status: resp.StatusCode, Body: string(data)}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
	return nil, lastErr
}

// SendTransient sends r, and again only on 408, 429 and 5xx; any other
// answer is returned at once.
func SendTransient(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
	pause := time.Second
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := build(ctx, r)
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
			switch {
			case resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode >= 500:
				lastErr = &StatusError{Status: resp.StatusCode, Body: string(body)}
			case resp.StatusCode >= 400:
				return nil, &StatusError{Status: resp.StatusCode, Body: string(body)}
			default:
				return body, nil
			}
		}
		time.Sleep(pause)
		pause *= 2
	}
	return nil, lastErr
}

// SendOnNetworkError sends r, and again only when no answer came back;
// every answer, 4xx or not, is returned to the caller.
func SendOnNetworkError(ctx context.Context, hc *http.Client, r Request) (*http.Response, error) {
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
		if err == nil {
			return resp, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return nil, lastErr
}
