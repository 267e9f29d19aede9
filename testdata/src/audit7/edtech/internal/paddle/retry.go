package paddle

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const maxAttempts = 4

// do sends the request build makes, retrying network errors, 429 and 5xx
// with a doubling wait. build is called per attempt because a request body
// can be read only once.
func (c *Client) do(ctx context.Context, build func() (*http.Request, error), out any) error {
	wait := time.Second
	for attempt := 1; ; attempt++ {
		req, err := build()
		if err != nil {
			return err
		}
		resp, err := c.http.Do(req)
		if err == nil {
			done, err := decode(resp, out)
			if done {
				return err
			}
		}
		if attempt == maxAttempts {
			return fmt.Errorf("paddle: %s %s: giving up after %d attempts", req.Method, req.URL.Path, attempt)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// decode reports whether the answer is final: 2xx decoded, or a 4xx other
// than 429 that a retry cannot change.
func decode(resp *http.Response, out any) (bool, error) {
	defer resp.Body.Close()
	switch {
	case resp.StatusCode < 300:
		return true, json.NewDecoder(resp.Body).Decode(out)
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return false, nil
	default:
		return true, fmt.Errorf("paddle: status %d", resp.StatusCode)
	}
}
