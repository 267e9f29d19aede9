// Package httpx: a generic JSON sender shared by the service's clients.
// Do calls build on every attempt (a body is read once) and goes round on
// a network error or 5xx; Once builds and sends once.
package httpx

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

// Do sends what build makes and decodes the answer into a T.
func Do[T any](ctx context.Context, hc *http.Client, build func(context.Context) (*http.Request, error)) (T, error) {
	var out T
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		req, err := build(ctx)
		if err != nil {
			return out, err
		}
		resp, err := hc.Do(req)
		if err != nil {
			last = err
			time.Sleep(time.Duration(attempt+1) * 500 * time.Millisecond)
			continue
		}
		if resp.StatusCode >= 500 {
			resp.Body.Close()
			last = errors.New(resp.Status)
			time.Sleep(time.Duration(attempt+1) * 500 * time.Millisecond)
			continue
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		return out, err
	}
	return out, last
}

// Once sends what build makes, once.
func Once[T any](ctx context.Context, hc *http.Client, build func(context.Context) (*http.Request, error)) (T, error) {
	var out T
	req, err := build(ctx)
	if err != nil {
		return out, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}
