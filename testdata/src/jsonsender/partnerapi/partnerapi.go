// Package partnerapi holds the shop's shared JSON sender: it marshals
// the body its caller describes once, then sends it in an attempt loop
// of its own.
package partnerapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Request describes a JSON call to a partner API.
type Request struct {
	Method  string
	URL     string
	Body    any
	Headers map[string]string
	Out     any
}

// StatusError is an answer other than a success.
type StatusError struct {
	Status int
	Body   string
}

func (e *StatusError) Error() string { return fmt.Sprintf("partner answered %d: %s", e.Status, e.Body) }

// Send performs r, trying again up to three times while the partner
// does not answer with a success.
func Send(ctx context.Context, hc *http.Client, r Request) error {
	payload, err := json.Marshal(r.Body)
	if err != nil {
		return err
	}
	var last error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err != nil {
			last = err
		} else {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				if r.Out != nil && len(data) > 0 {
					return json.Unmarshal(data, r.Out)
				}
				return nil
			}
			last = &StatusError{Status: resp.StatusCode, Body: string(data)}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt) * 2 * time.Second):
		}
	}
	return fmt.Errorf("%s %s: %w", r.Method, r.URL, last)
}

// SendTransient performs r like Send, but tries again only when no
// answer came back, on 429 and on 5xx; any other failure is returned at
// once.
func SendTransient(ctx context.Context, hc *http.Client, r Request) error {
	payload, err := json.Marshal(r.Body)
	if err != nil {
		return err
	}
	var last error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		for k, v := range r.Headers {
			req.Header.Set(k, v)
		}
		resp, err := hc.Do(req)
		if err != nil {
			last = err
		} else {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				if r.Out != nil && len(data) > 0 {
					return json.Unmarshal(data, r.Out)
				}
				return nil
			}
			if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
				return &StatusError{Status: resp.StatusCode, Body: string(data)}
			}
			last = &StatusError{Status: resp.StatusCode, Body: string(data)}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt) * 2 * time.Second):
		}
	}
	return fmt.Errorf("%s %s: %w", r.Method, r.URL, last)
}

// SendUntilBody performs r and tries again while a success comes back
// with an empty body: what it sends round depends on the body it read,
// which paylint does not judge.
func SendUntilBody(ctx context.Context, hc *http.Client, r Request) error {
	payload, err := json.Marshal(r.Body)
	if err != nil {
		return err
	}
	var last error
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(payload))
		if err != nil {
			return err
		}
		resp, err := hc.Do(req)
		if err != nil {
			last = err
		} else {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 300 {
				if len(data) == 0 {
					last = fmt.Errorf("empty answer")
					time.Sleep(2 * time.Second)
					continue
				}
				return json.Unmarshal(data, r.Out)
			}
			return &StatusError{Status: resp.StatusCode, Body: string(data)}
		}
		time.Sleep(2 * time.Second)
	}
	return last
}
