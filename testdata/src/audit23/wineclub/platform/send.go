package platform

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
