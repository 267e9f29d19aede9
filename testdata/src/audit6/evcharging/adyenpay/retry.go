package adyenpay

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// withRetry runs op up to four times, waiting longer each time, and only
// for answers that may change (network errors, 408, 429, 5xx).
func withRetry(ctx context.Context, op func() (*http.Response, error)) error {
	wait := 500 * time.Millisecond
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		res, err := op()
		if err == nil {
			return nil
		}
		lastErr = err
		if res != nil && !transient(res.StatusCode) {
			return fmt.Errorf("adyen: %d: %w", res.StatusCode, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return lastErr
}

func transient(code int) bool {
	return code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500
}
